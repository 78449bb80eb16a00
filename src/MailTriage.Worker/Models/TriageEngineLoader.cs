using System.Text.Json;
using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Triage;

namespace MailTriage.Worker.Models;

/// <summary>Opens the model files and builds the engine with the calibrated thresholds unless configuration overrides them.</summary>
public static class TriageEngineLoader
{
    public static TriageEngine Load(
        string folder,
        IMessageNormaliser normaliser,
        IEntityExtractor extractor,
        float? intentThreshold = null,
        float? reasonThreshold = null)
    {
        var intentPath = Path.Combine(folder, ModelFiles.IntentModel);
        var reasonPath = Path.Combine(folder, ModelFiles.DisputeReasonModel);
        if (!File.Exists(intentPath) || !File.Exists(reasonPath))
        {
            throw new FileNotFoundException($"Trained models not found in {folder}: run `mailtriage train` first.", intentPath);
        }

        TextModel intent, reason;
        using (var s = File.OpenRead(intentPath))
        {
            intent = TextModel.Load(s);
        }

        using (var s = File.OpenRead(reasonPath))
        {
            reason = TextModel.Load(s);
        }

        var card = ReadCard(folder);
        var options = new TriageOptions
        {
            IntentThreshold = intentThreshold ?? card?.Intent.Threshold ?? new TriageOptions().IntentThreshold,
            DisputeReasonThreshold = reasonThreshold ?? card?.DisputeReason.Threshold ?? new TriageOptions().DisputeReasonThreshold,
        };
        return new TriageEngine(normaliser, extractor, intent, reason, options);
    }

    public static ModelCard? ReadCard(string folder)
    {
        var path = Path.Combine(folder, ModelFiles.Card);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), WorkerJsonContext.Default.ModelCard) : null;
    }
}

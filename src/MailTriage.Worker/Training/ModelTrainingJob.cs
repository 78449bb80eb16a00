using MailTriage.Classifier.Evaluation;
using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Triage;

namespace MailTriage.Worker.Training;

/// <summary>
/// Rebuilds both models from training examples: every example goes through the live normaliser first, so the
/// models learn from exactly what they will see when serving.
/// </summary>
public sealed class ModelTrainingJob(IMessageNormaliser normaliser)
{
    public const int Seed = 20261201;
    public const int Folds = 5;

    /// <summary>Kept predictions must be right this often; the rest go to review.</summary>
    public const double IntentTargetPrecision = 0.95;

    public const double ReasonTargetPrecision = 0.85;

    public TrainingOutcome Run(IReadOnlyList<TrainingExample> examples, IProgress<string>? progress = null)
    {
        progress?.Report($"normalising {examples.Count} examples");
        var intentRows = examples
            .Select(e => new TextModelInput { Text = IntentFeatures.Compose(normaliser.Normalise(ToInput(e))), Label = e.Label, Group = e.Group })
            .ToArray();

        progress?.Report("intent model");
        var intent = TextModelTrainer.Train(intentRows, IntentSettings, Folds, Seed, progress);

        var disputeRows = intentRows
            .Zip(examples)
            .Where(p => p.Second.Label == IntentLabels.Dispute)
            .Select(p => new TextModelInput { Text = p.First.Text, Label = p.Second.DisputeReason!, Group = p.Second.Group })
            .ToArray();
        progress?.Report("dispute-reason model");
        var reason = TextModelTrainer.Train(disputeRows, ReasonSettings, Folds, Seed, progress);

        var card = new ModelCard
        {
            Seed = Seed,
            TrainingRows = examples.Count,
            Groups = examples.Select(e => e.Group).Distinct().Count(),
            Intent = Describe(intent, intentRows.Length, IntentTargetPrecision),
            DisputeReason = Describe(reason, disputeRows.Length, ReasonTargetPrecision),
        };
        return new TrainingOutcome(intent, reason, card);
    }

    public static TextModelSettings IntentSettings { get; } = new();

    public static TextModelSettings ReasonSettings { get; } = new();

    public static MailMessageInput ToInput(TrainingExample e) => new()
    {
        Subject = e.Subject,
        From = e.From,
        TextBody = e.Body,
        Headers = [.. e.Headers],
    };

    private static ModelCardEntry Describe(TrainedTextModel trained, int rows, double targetPrecision)
    {
        var metrics = trained.CrossValidationMetrics;
        var calibration = ConfidenceCalibration.Choose(trained.OutOfFold, targetPrecision);
        return new ModelCardEntry
        {
            Rows = rows,
            Folds = Folds,
            CrossValidatedAccuracy = Math.Round(metrics.Accuracy, 4),
            CrossValidatedMacroF1 = Math.Round(metrics.MacroF1, 4),
            Threshold = (float)Math.Round(calibration.Threshold, 4),
            PrecisionAboveThreshold = Math.Round(calibration.PrecisionAbove, 4),
            CoverageAboveThreshold = Math.Round(calibration.Coverage, 4),
            PerClassF1 = metrics.PerClass.ToDictionary(c => c.Class, c => Math.Round(c.F1, 4)),
        };
    }
}

public sealed record TrainingOutcome(TrainedTextModel Intent, TrainedTextModel DisputeReason, ModelCard Card)
{
    public ClassificationMetrics IntentMetrics => Intent.CrossValidationMetrics;
}

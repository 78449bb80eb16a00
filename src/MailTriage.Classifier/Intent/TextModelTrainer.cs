using MailTriage.Classifier.Evaluation;
using Microsoft.ML;

namespace MailTriage.Classifier.Intent;

/// <summary>
/// Trains one text model deterministically and measures it honestly: cross-validation holds out whole
/// groups (authors/scenario families), because row-level folds on written data read ~0.99 and mean nothing.
/// </summary>
public static class TextModelTrainer
{
    public static TrainedTextModel Train(
        IReadOnlyList<TextModelInput> rows,
        TextModelSettings settings,
        int folds,
        int seed,
        IProgress<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (rows.Count == 0)
        {
            throw new ArgumentException("No training rows.", nameof(rows));
        }

        // A fresh MLContext per run: SDCA's shuffling draws from the context's seed sequence.
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);

        progress?.Report($"cross-validating over {folds} group folds");
        var outOfFold = CrossValidate(ml, data, settings, folds, seed);

        progress?.Report("fitting the final model on all rows");
        var finalContext = new MLContext(seed);
        var finalData = finalContext.Data.LoadFromEnumerable(rows);
        var transformer = TextModelPipeline.Build(finalContext, settings).Fit(finalData);
        var model = new TextModel(finalContext, transformer, finalData.Schema);

        return new TrainedTextModel(model, outOfFold);
    }

    private static List<OutOfFoldPrediction> CrossValidate(MLContext ml, IDataView data, TextModelSettings settings, int folds, int seed)
    {
        var results = ml.MulticlassClassification.CrossValidate(
            data,
            TextModelPipeline.Build(ml, settings),
            numberOfFolds: folds,
            labelColumnName: TextModelPipeline.LabelKey,
            samplingKeyColumnName: nameof(TextModelInput.Group),
            seed: seed);

        var predictions = new List<OutOfFoldPrediction>();
        foreach (var fold in results)
        {
            foreach (var row in ml.Data.CreateEnumerable<ScoredRow>(fold.ScoredHoldOutSet, reuseRowObject: false))
            {
                predictions.Add(new OutOfFoldPrediction(row.Label, row.PredictedLabel, row.Score.Length == 0 ? 0 : row.Score.Max(), row.Group));
            }
        }

        return predictions;
    }

    private sealed class ScoredRow
    {
        public string Label { get; set; } = "";
        public string Group { get; set; } = "";
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}

public sealed record OutOfFoldPrediction(string Gold, string Predicted, float Confidence, string Group);

public sealed record TrainedTextModel(TextModel Model, IReadOnlyList<OutOfFoldPrediction> OutOfFold)
{
    public ClassificationMetrics CrossValidationMetrics => new(OutOfFold.Select(p => (p.Gold, p.Predicted)), Model.Classes);
}

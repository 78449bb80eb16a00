using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace MailTriage.Classifier.Intent;

/// <summary>
/// The estimator chain shared by the intent and dispute-reason models: word uni/bigrams plus character
/// 3–5-grams (which survive typos, missing accents and Spanish inflection), then a linear maximum-entropy model.
/// </summary>
public static class TextModelPipeline
{
    public const string LabelKey = "LabelKey";

    public static IEstimator<ITransformer> Build(MLContext ml, TextModelSettings settings)
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 2,
                UseAllLengths = true,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgramLength,
                UseAllLengths = false,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
        };

        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = "Features",
            // SDCA is deterministic only single-threaded.
            NumberOfThreads = 1,
            L2Regularization = settings.L2Regularization,
            L1Regularization = settings.L1Regularization,
            MaximumNumberOfIterations = settings.MaximumIterations,
        });

        return ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(TextModelInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextModelInput.Text)))
            .Append(trainer)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }
}

/// <summary>Hyper-parameters chosen by grouped cross-validation (see docs/ACCURACY.md).</summary>
public sealed record TextModelSettings
{
    public int CharNgramLength { get; init; } = 3;
    public float L2Regularization { get; init; } = 3e-5f;
    public float L1Regularization { get; init; }
    public int MaximumIterations { get; init; } = 100;
}

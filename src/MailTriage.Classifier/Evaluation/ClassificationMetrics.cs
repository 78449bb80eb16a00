namespace MailTriage.Classifier.Evaluation;

/// <summary>Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix over (gold, predicted) pairs.</summary>
public sealed class ClassificationMetrics
{
    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = [];

    public ClassificationMetrics(IEnumerable<(string Gold, string Predicted)> pairs, IReadOnlyList<string>? classes = null)
    {
        foreach (var pair in pairs)
        {
            _confusion[pair] = _confusion.GetValueOrDefault(pair) + 1;
            Count++;
            if (pair.Gold == pair.Predicted)
            {
                Correct++;
            }
        }

        Classes = classes ?? _confusion.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().Order(StringComparer.Ordinal).ToArray();
        PerClass = Classes.Select(ScoreClass).ToArray();
        var present = PerClass.Where(c => c.Support > 0 || c.Predicted > 0).ToArray();
        MacroF1 = present.Length == 0 ? 0 : present.Average(c => c.F1);
    }

    public IReadOnlyList<string> Classes { get; }
    public int Count { get; }
    public int Correct { get; }
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;
    public double MacroF1 { get; }
    public IReadOnlyList<ClassScore> PerClass { get; }

    public int Confusion(string gold, string predicted) => _confusion.GetValueOrDefault((gold, predicted));

    private ClassScore ScoreClass(string cls)
    {
        var tp = _confusion.GetValueOrDefault((cls, cls));
        var support = _confusion.Where(kv => kv.Key.Gold == cls).Sum(kv => kv.Value);
        var predicted = _confusion.Where(kv => kv.Key.Predicted == cls).Sum(kv => kv.Value);
        return new ClassScore(cls, support, predicted, PrF.Of(tp, predicted, support));
    }
}

public sealed record ClassScore(string Class, int Support, int Predicted, PrF Scores)
{
    public double F1 => Scores.F1;
}

/// <summary>Precision, recall and F1 from true positives, predicted count and gold count.</summary>
public readonly record struct PrF(double Precision, double Recall, double F1, int TruePositives, int PredictedCount, int GoldCount)
{
    public static PrF Of(int truePositives, int predicted, int gold)
    {
        // An empty prediction of an empty gold is perfect agreement, not 0/0.
        var p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double)truePositives / predicted;
        var r = gold == 0 ? (predicted == 0 ? 1 : 0) : (double)truePositives / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PrF(p, r, f, truePositives, predicted, gold);
    }
}

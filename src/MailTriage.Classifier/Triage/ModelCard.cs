namespace MailTriage.Classifier.Triage;

/// <summary>What `mailtriage train` measured, saved beside the models so serving uses the calibrated thresholds.</summary>
public sealed record ModelCard
{
    public int Seed { get; init; }
    public int TrainingRows { get; init; }
    public int Groups { get; init; }
    public ModelCardEntry Intent { get; init; } = new();
    public ModelCardEntry DisputeReason { get; init; } = new();
}

public sealed record ModelCardEntry
{
    public int Rows { get; init; }
    public int Folds { get; init; }
    public double CrossValidatedAccuracy { get; init; }
    public double CrossValidatedMacroF1 { get; init; }
    public float Threshold { get; init; }
    public double PrecisionAboveThreshold { get; init; }
    public double CoverageAboveThreshold { get; init; }
    public Dictionary<string, double> PerClassF1 { get; init; } = [];
}

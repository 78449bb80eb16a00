namespace MailTriage.Classifier.Intent;

/// <summary>One labelled mail from models/training (or a confirmed review correction).</summary>
public sealed record TrainingExample
{
    public required string Id { get; init; }

    /// <summary>Author or scenario family: cross-validation holds out whole groups so near-duplicates never leak across folds.</summary>
    public required string Group { get; init; }

    public required string Language { get; init; }
    public required string Label { get; init; }
    public string? DisputeReason { get; init; }
    public string Subject { get; init; } = "";
    public string? From { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public string Body { get; init; } = "";
}

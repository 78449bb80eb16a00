using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Triage;

/// <summary>What the classifier concludes about one message: intent, dispute reason, entities and whether a human must look.</summary>
public sealed record TriageResult
{
    public required NormalisedMessage Message { get; init; }
    public required string Label { get; init; }
    public required float Confidence { get; init; }
    public IReadOnlyList<KeyValuePair<string, float>> IntentScores { get; init; } = [];
    public string? DisputeReason { get; init; }
    public float? DisputeReasonConfidence { get; init; }

    /// <summary>True when the dispute reason's confidence is under the calibrated reason threshold.</summary>
    public bool DisputeReasonUncertain { get; init; }
    public required ExtractionResult Extraction { get; init; }
    public bool NeedsReview { get; init; }
    public string? ReviewReason { get; init; }
}

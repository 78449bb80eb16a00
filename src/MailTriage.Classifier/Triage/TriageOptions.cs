namespace MailTriage.Classifier.Triage;

/// <summary>Thresholds below which a prediction goes to the review queue instead of being acted on.</summary>
public sealed record TriageOptions
{
    /// <summary>Intent confidence below this is needs_review. Default comes from the model card's calibration.</summary>
    public float IntentThreshold { get; init; } = 0.5f;

    /// <summary>
    /// Dispute-reason confidence below this marks the reason uncertain: the case is still routed on the best guess (the intent
    /// is sure), and the owner sees the flag and can reassign. Default from the model card's calibration.
    /// </summary>
    public float DisputeReasonThreshold { get; init; } = 0.3f;
}

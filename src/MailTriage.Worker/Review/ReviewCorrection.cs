namespace MailTriage.Worker.Review;

/// <summary>
/// An analyst's verdict on a message the model was unsure about. The subject, sender and body are copied in at
/// review time so the correction can become a training example even after the mail has moved or been deleted.
/// </summary>
public sealed record ReviewCorrection
{
    /// <summary>"&lt;mailbox&gt;|&lt;source id&gt;", the processed message's key.</summary>
    public required string Id { get; init; }
    public required string MailboxId { get; init; }
    public required string SourceId { get; init; }
    public string? PredictedLabel { get; init; }
    public float PredictedConfidence { get; init; }
    public string? PredictedReason { get; init; }
    public required string Label { get; init; }
    public string? DisputeReason { get; init; }
    public required string Analyst { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Language { get; init; }
    public string? Subject { get; init; }
    public string? From { get; init; }
    public string? SenderDomain { get; init; }
    public string? Body { get; init; }

    /// <summary>The analyst agreed with the model's top guess.</summary>
    public bool Confirmed => string.Equals(Label, PredictedLabel, StringComparison.Ordinal)
        && (Label != MailTriage.Classifier.Intent.IntentLabels.Dispute || string.Equals(DisputeReason, PredictedReason, StringComparison.Ordinal));

    public static string KeyOf(string mailboxId, string sourceId) => $"{mailboxId.Trim().ToLowerInvariant()}|{sourceId}";
}

namespace MailTriage.Worker.Pipeline;

/// <summary>Where a message is in the pipeline. Recorded once per (mailbox, immutable id); replays read it first.</summary>
public enum ProcessingState
{
    /// <summary>Triaged and the decision stored; actions or notifications may still be outstanding.</summary>
    Classified,

    /// <summary>Everything done. Never processed again.</summary>
    Acted,

    /// <summary>Failed; retried after <see cref="ProcessedMessage.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>Given up on (bad input or too many failures); waits for a person in the review queue.</summary>
    Parked,

    /// <summary>The bot's own mail, a loop or a duplicate delivery: deliberately not triaged.</summary>
    Ignored,
}

public sealed record ProcessedMessage
{
    public required string MailboxId { get; init; }
    public required string SourceId { get; init; }
    public string? InternetMessageId { get; init; }
    public ProcessingState State { get; init; }
    public string? Label { get; init; }
    public float Confidence { get; init; }

    /// <summary>The model's three best intents as "label score", for the review queue.</summary>
    public IReadOnlyList<string> TopIntents { get; init; } = [];
    public string? DisputeReason { get; init; }
    public bool NeedsReview { get; init; }
    public string? Language { get; init; }
    public string? Subject { get; init; }
    public string? SenderDomain { get; init; }
    public IReadOnlyList<string> InvoiceNumbers { get; init; } = [];
    public IReadOnlyList<string> Amounts { get; init; } = [];
    public string? PromiseDate { get; init; }
    public string? DisputeId { get; init; }
    public string? Reason { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>The pipeline's memory: what happened to each message and which notifications went out.</summary>
public interface IProcessedMessageStore
{
    ProcessedMessage? Find(string mailboxId, string sourceId);

    ProcessedMessage? FindByInternetMessageId(string mailboxId, string internetMessageId);

    void Save(ProcessedMessage record);

    IReadOnlyList<ProcessedMessage> All();

    /// <summary>One mailbox's records left Classified (interrupted) or Failed (waiting for a retry).</summary>
    IReadOnlyList<ProcessedMessage> Unfinished(string mailboxId);

    /// <summary>Returns false when the notification id was already claimed: the caller must not send again.</summary>
    bool TryClaimNotification(string notificationId, DateTimeOffset at);

    /// <summary>Counts notifications claimed for a recipient since a moment, to cap outgoing mail per address.</summary>
    int CountNotificationsTo(string recipient, DateTimeOffset since);

    void RecordNotificationRecipient(string notificationId, string recipient, DateTimeOffset at);
}

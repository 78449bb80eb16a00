using NodaTime;

namespace MailTriage.Routing.Persistence;

/// <summary>
/// One record per mail the worker has seen, keyed by mailbox + immutable source id and findable by Internet
/// Message-ID, so a replay after a crash resumes the message instead of triaging it twice.
/// </summary>
public interface IProcessedMessageStore
{
    ProcessedMessageRecord? Find(string mailboxId, string sourceId);

    ProcessedMessageRecord? FindByInternetMessageId(string mailboxId, string internetMessageId);

    /// <summary>Inserts or replaces the record for (mailbox, source id).</summary>
    void Save(ProcessedMessageRecord record);

    /// <summary>Failed messages whose next attempt is due, oldest first.</summary>
    IReadOnlyList<ProcessedMessageRecord> DueForRetry(Instant now, int limit = 100);
}

public enum ProcessingStage
{
    Received,
    Classified,
    Acted,
    Ignored,
    Failed,
    Parked,
}

/// <param name="CompletedSteps">Names of side effects already done (e.g. "categorised", "notified:owner"), so a replay skips them.</param>
public sealed record ProcessedMessageRecord(
    string MailboxId,
    string SourceId,
    string? InternetMessageId,
    ProcessingStage Stage,
    string? Intent,
    string? DisputeId,
    int Attempts,
    string? LastError,
    Instant? NextAttemptAt,
    IReadOnlyList<string> CompletedSteps,
    Instant FirstSeenAt,
    Instant UpdatedAt);

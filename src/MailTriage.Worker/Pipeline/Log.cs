using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Pipeline;

/// <summary>Source-generated log messages with fixed event ids. Bodies and full addresses are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Triaged {Mailbox}/{SourceId} as {Label} ({Confidence:0.00}, review {NeedsReview})")]
    public static partial void Triaged(ILogger logger, string mailbox, string sourceId, string label, float confidence, bool needsReview);

    [LoggerMessage(1002, LogLevel.Warning, "Quarantined {Mailbox}/{SourceId}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string mailbox, string sourceId, string reason);

    [LoggerMessage(1003, LogLevel.Error, "Processing {Mailbox}/{SourceId} failed (attempt {Attempts}, parked {Parked})")]
    public static partial void ProcessingFailed(ILogger logger, string mailbox, string sourceId, int attempts, bool parked, Exception exception);

    [LoggerMessage(1004, LogLevel.Warning, "Notification for dispute {DisputeId} not sent: recipient cap reached (loop guard)")]
    public static partial void NotificationCapped(ILogger logger, string disputeId);

    [LoggerMessage(1005, LogLevel.Information, "Mailbox {Mailbox}: {Count} new message(s)")]
    public static partial void BatchFetched(ILogger logger, string mailbox, int count);

    [LoggerMessage(1006, LogLevel.Error, "Mailbox {Mailbox}: fetch failed; will retry next cycle")]
    public static partial void FetchFailed(ILogger logger, string mailbox, Exception exception);
}

using Microsoft.Extensions.Logging;

// The project keeps one Log class; the Graph adapter's messages live here, next to the code that uses them.
namespace MailTriage.Worker.Pipeline;

/// <summary>Graph mailbox source messages, event ids 4001–4099. Never bodies, subjects or correspondents' addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Debug, "Graph {Mailbox}/{Folder}: delta page with {Count} message(s), {Removed} removal(s), more {HasMore}")]
    public static partial void GraphDeltaPage(ILogger logger, string mailbox, string folder, int count, int removed, bool hasMore);

    [LoggerMessage(4002, LogLevel.Warning, "Graph {Mailbox}/{Folder}: delta token no longer valid ({Code}); resyncing the folder from scratch")]
    public static partial void GraphDeltaResync(ILogger logger, string mailbox, string folder, string code);

    [LoggerMessage(4003, LogLevel.Information, "Graph {Mailbox}: {Operation} answered {Status} {Code}; retry {Attempt} in {Delay}")]
    public static partial void GraphRetrying(ILogger logger, string mailbox, string operation, int status, string code, int attempt, TimeSpan delay);

    [LoggerMessage(4004, LogLevel.Error, "Graph {Mailbox}: {Operation} failed after {Attempts} attempt(s) ({Status} {Code})")]
    public static partial void GraphGaveUp(ILogger logger, string mailbox, string operation, int attempts, int status, string code);

    [LoggerMessage(4005, LogLevel.Warning, "Graph {Mailbox}: message {SourceId} vanished before its details were read ({Status}); skipped")]
    public static partial void GraphMessageVanished(ILogger logger, string mailbox, string sourceId, int status);

    [LoggerMessage(4006, LogLevel.Warning, "Graph {Mailbox}: actions on {SourceId} failed ({Status} {Code})")]
    public static partial void GraphActionFailed(ILogger logger, string mailbox, string sourceId, int status, string code);

    [LoggerMessage(4007, LogLevel.Debug, "Graph {Mailbox}/{Folder}: checkpoint committed")]
    public static partial void GraphCheckpointCommitted(ILogger logger, string mailbox, string folder);

    [LoggerMessage(4008, LogLevel.Information, "Graph {Mailbox}: notification sent to {RecipientCount} recipient(s)")]
    public static partial void GraphMailSent(ILogger logger, string mailbox, int recipientCount);

    [LoggerMessage(4009, LogLevel.Information, "Graph {Mailbox}: notification with marker {Marker} was already sent; not sending it again")]
    public static partial void GraphMailAlreadySent(ILogger logger, string mailbox, string marker);

    [LoggerMessage(4010, LogLevel.Information, "Graph {Mailbox}: created folder {FolderPath}")]
    public static partial void GraphFolderCreated(ILogger logger, string mailbox, string folderPath);

    [LoggerMessage(4011, LogLevel.Debug, "Graph {Mailbox}: skipped {Count} message(s) changed only by the worker's own actions")]
    public static partial void GraphOwnChangesSkipped(ILogger logger, string mailbox, int count);
}

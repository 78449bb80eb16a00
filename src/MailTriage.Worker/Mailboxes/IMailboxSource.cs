using MailTriage.Classifier.Messages;

namespace MailTriage.Worker.Mailboxes;

/// <summary>
/// One watched mailbox, whatever it lives in (Microsoft Graph or a local folder). The pipeline pulls a batch,
/// triages it, applies the actions, and only then commits the batch so a crash replays rather than loses.
/// </summary>
public interface IMailboxSource
{
    /// <summary>The configured mailbox name, e.g. "disputes@fabrikam.example" or "ar-us".</summary>
    string MailboxId { get; }

    /// <summary>Reads what arrived since the last committed checkpoint. An empty batch means nothing new.</summary>
    Task<MailboxBatch> FetchAsync(CancellationToken cancellationToken);

    /// <summary>Persists the batch's checkpoint (Graph deltaLink, local-folder cursor) after its messages are recorded.</summary>
    Task CommitAsync(MailboxBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// One message by its <see cref="IncomingMessage.SourceId"/>, wherever it is now (an earlier run may have moved it);
    /// null when it no longer exists. Lets the pipeline finish messages a crash or a failure left half-done.
    /// </summary>
    Task<IncomingMessage?> FindAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Applies category, move, flag and read-state actions; sources batch them where they can.</summary>
    Task<IReadOnlyList<ActionOutcome>> ApplyAsync(IReadOnlyList<MessageActions> actions, CancellationToken cancellationToken);

    /// <summary>Sends a notification from this mailbox (Graph sendMail, or the local outbox folder).</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>A message as a source hands it over: a stable id plus either raw MIME or an already-parsed input.</summary>
public sealed record IncomingMessage
{
    public required string MailboxId { get; init; }
    public required string FolderId { get; init; }

    /// <summary>Immutable id (Graph ImmutableId, or the local file's stable name): survives moves.</summary>
    public required string SourceId { get; init; }

    public string? InternetMessageId { get; init; }

    /// <summary>Parsed fields; null when only raw MIME is available (local folder) and the pipeline must parse it.</summary>
    public MailMessageInput? Input { get; init; }

    /// <summary>Raw RFC 5322 bytes when the source has them; parsed by MimeKit in the pipeline.</summary>
    public Func<CancellationToken, Task<Stream>>? OpenMime { get; init; }

    public long? SizeBytes { get; init; }
}

public sealed record MailboxBatch(IReadOnlyList<IncomingMessage> Messages, string? Checkpoint)
{
    public static MailboxBatch Empty(string? checkpoint) => new([], checkpoint);
}

public sealed record MessageFlag(DateTimeOffset DueAt);

/// <summary>Everything to do to one message; the source decides how to batch it.</summary>
public sealed record MessageActions
{
    public required IncomingMessage Message { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? MoveToFolder { get; init; }
    public MessageFlag? Flag { get; init; }
    public bool MarkRead { get; init; }
}

public sealed record ActionOutcome(string SourceId, bool Succeeded, string? NewSourceId, string? Error);

public sealed record OutgoingMail
{
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public required string Subject { get; init; }
    public required string HtmlBody { get; init; }
    public string? TextBody { get; init; }

    /// <summary>Set on every mail the bot sends so it recognises its own mail if it comes back.</summary>
    public string? MarkerId { get; init; }
}

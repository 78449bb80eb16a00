using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Mime;

/// <summary>Why a message could not be read at all.</summary>
public enum MimeReadError
{
    None,

    /// <summary>No bytes, or headers without any subject, body or attachment.</summary>
    Empty,

    /// <summary>Not RFC 5322 / MIME at all (no parsable header block).</summary>
    Malformed,

    /// <summary>The input stops inside the structure and nothing readable survived.</summary>
    Truncated,

    /// <summary>Larger than <see cref="MimeReaderOptions.MaxMessageBytes"/>.</summary>
    TooLarge,

    /// <summary>The stream or file could not be read.</summary>
    Unreadable,
}

/// <summary>Things that went wrong but left a usable message; the caller may log or surface them.</summary>
[Flags]
public enum MimeReadIssues
{
    None = 0,
    BodyTruncated = 1,
    StructureTruncated = 2,
    CharsetFallback = 4,
    DepthLimitReached = 8,
    AttachmentSkipped = 16,
}

/// <summary>The outcome of reading one message: a message (possibly with issues) or an error with its reason.</summary>
public sealed record MimeReadResult
{
    public MailMessageInput? Message { get; init; }
    public MimeReadError Error { get; init; }
    public string? ErrorReason { get; init; }
    public MimeReadIssues Issues { get; init; }

    public bool IsSuccess => Message is not null;

    public static MimeReadResult Success(MailMessageInput message, MimeReadIssues issues) =>
        new() { Message = message, Issues = issues };

    public static MimeReadResult Failure(MimeReadError error, string reason, MimeReadIssues issues = MimeReadIssues.None) =>
        new() { Error = error, ErrorReason = reason, Issues = issues };
}

namespace MailTriage.Classifier.Messages;

/// <summary>
/// A message as the classifier receives it: either parsed from MIME by <see cref="Mime.MimeMessageReader"/>
/// or mapped field by field from a Graph message, so both sources meet the same normaliser.
/// </summary>
public sealed record MailMessageInput
{
    public string Subject { get; init; } = "";
    public string? From { get; init; }

    /// <summary>The sender's display name, when the source gives one; <see cref="From"/> stays the bare address.</summary>
    public string? FromName { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];
    public DateTimeOffset? Date { get; init; }
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public string? MessageId { get; init; }
    public string? InReplyTo { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public string? ConversationId { get; init; }

    /// <summary>Header names compared case-insensitively; a header may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The top-level MIME type, e.g. multipart/report for delivery status notifications.</summary>
    public string? TopLevelContentType { get; init; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

public sealed record MailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

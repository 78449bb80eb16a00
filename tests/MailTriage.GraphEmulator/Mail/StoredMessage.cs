namespace MailTriage.GraphEmulator.Mail;

/// <summary>
/// One message as the emulated Exchange store holds it. Mutable, and only touched under <see cref="MailStore"/>'s lock.
/// </summary>
internal sealed class StoredMessage
{
    /// <summary>The id returned with <c>Prefer: IdType="ImmutableId"</c>; never changes, even across moves.</summary>
    public required string ImmutableId { get; init; }

    /// <summary>The default ("REST") id; Exchange issues a new one when the message changes folder.</summary>
    public required string RestId { get; set; }

    public required string FolderId { get; set; }

    /// <summary>Store-wide sequence of the last change; delta rounds are ranges of it.</summary>
    public long ChangeSeq { get; set; }

    public required string ChangeKey { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastModifiedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset SentAt { get; init; }
    public string Subject { get; init; } = "";
    public EmailAddress? From { get; init; }
    public EmailAddress? Sender { get; init; }
    public IReadOnlyList<EmailAddress> To { get; init; } = [];
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];
    public string BodyContentType { get; init; } = "text";
    public string Body { get; init; } = "";
    public List<string> Categories { get; set; } = [];
    public bool IsRead { get; set; }
    public string FlagStatus { get; set; } = "notFlagged";
    public DateTimeOffset? FlagDue { get; set; }
    public DateTimeOffset? FlagStart { get; set; }
    public string Importance { get; set; } = "normal";
    public required string InternetMessageId { get; init; }
    public required string ConversationId { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public IReadOnlyList<StoredAttachment> Attachments { get; init; } = [];

    public bool HasAttachments => Attachments.Any(a => !a.IsInline);
}

internal sealed record StoredAttachment(string Id, string Name, string ContentType, byte[] Content, bool IsInline);

public sealed record EmailAddress(string Address, string? Name = null);

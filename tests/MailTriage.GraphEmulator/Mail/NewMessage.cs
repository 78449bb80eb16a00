namespace MailTriage.GraphEmulator.Mail;

/// <summary>
/// A message a test drops into a mailbox. Unset transport details are synthesised the way Exchange would
/// (Message-ID, Date, Received, MIME-Version and Content-Type headers, a conversation per thread).
/// </summary>
public sealed record NewMessage
{
    public required string Subject { get; init; }
    public required string From { get; init; }
    public string? FromName { get; init; }
    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];
    public string Body { get; init; } = "";
    public bool BodyIsHtml { get; init; }

    /// <summary>Headers added to the synthesised ones, e.g. <c>Auto-Submitted: auto-replied</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders { get; init; } = [];

    /// <summary>When set, used verbatim as the transport headers instead of synthesising them (the .eml path).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; init; }

    /// <summary>The top-level MIME type written into the synthesised Content-Type header, e.g. multipart/report.</summary>
    public string? TopLevelContentType { get; init; }

    public IReadOnlyList<NewAttachment> Attachments { get; init; } = [];
    public string? InternetMessageId { get; init; }

    /// <summary>Joins the conversation of the message with this Message-ID when it is in the same mailbox.</summary>
    public string? InReplyTo { get; init; }

    public string? ConversationId { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public bool IsRead { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
}

public sealed record NewAttachment(string Name, string ContentType, byte[] Content, bool IsInline = false);

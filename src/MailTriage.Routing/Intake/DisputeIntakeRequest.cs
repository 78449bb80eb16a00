using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using NodaTime;

namespace MailTriage.Routing.Intake;

/// <summary>A mail the classifier called a dispute: its threading identifiers and the extracted facts.</summary>
public sealed record DisputeIntakeRequest
{
    public required string MailboxId { get; init; }

    public required string InternetMessageId { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public string? ConversationId { get; init; }

    public required Instant ReceivedAt { get; init; }

    public required DisputeFacts Facts { get; init; }

    public IncomingDisputeMail ToLinkingMail() => new()
    {
        MailboxId = MailboxId,
        InternetMessageId = InternetMessageId,
        InReplyTo = InReplyTo,
        References = References,
        ConversationId = ConversationId,
        CustomerKey = Facts.CustomerKey,
        InvoiceNumbers = Facts.InvoiceNumbers,
        ReceivedAt = ReceivedAt,
    };

    public CustomerMessageRef ToMessageRef() => new(MailboxId, InternetMessageId, ConversationId, ReceivedAt);
}

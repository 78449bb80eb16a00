using NodaTime;

namespace MailTriage.Routing.Linking;

/// <summary>The threading facts of a mail the classifier called a dispute.</summary>
public sealed record IncomingDisputeMail
{
    public required string MailboxId { get; init; }

    public required string InternetMessageId { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public string? ConversationId { get; init; }

    /// <summary>Account number when known, else the sender's domain (see <see cref="Disputes.DisputeFacts.CustomerKey"/>).</summary>
    public required string CustomerKey { get; init; }

    public IReadOnlyList<string> InvoiceNumbers { get; init; } = [];

    public required Instant ReceivedAt { get; init; }
}

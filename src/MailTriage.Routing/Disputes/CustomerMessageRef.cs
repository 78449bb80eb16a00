using NodaTime;

namespace MailTriage.Routing.Disputes;

/// <summary>The identifiers of a customer mail that a dispute needs for threading; never its content.</summary>
public sealed record CustomerMessageRef(string MailboxId, string InternetMessageId, string? ConversationId, Instant ReceivedAt);

using MailTriage.Routing.Disputes;

namespace MailTriage.Routing.Linking;

/// <summary>
/// Decides whether a dispute mail belongs to an existing case. In order: the message itself is already recorded;
/// it replies on a dispute's thread (In-Reply-To, References, then the mailbox conversation); it comes from the same
/// customer about an invoice already in dispute within <see cref="LinkingOptions.SameInvoiceWindow"/>. A match on a
/// closed case becomes a follow-up rather than silently reviving it. Pure over <see cref="IDisputeLookup"/>.
/// </summary>
public sealed class DisputeLinker(LinkingOptions options)
{
    public DisputeLinker()
        : this(LinkingOptions.Default)
    {
    }

    public DisputeLink Link(IncomingDisputeMail mail, IDisputeLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(lookup);

        var self = ThreadKeys.MessageId(mail.InternetMessageId);
        if (Latest(lookup.FindByMessageIds([self])) is { } recorded)
        {
            return new DisputeLink(DisputeLinkKind.AlreadyRecorded, recorded.Id, $"message already recorded on {recorded.Id}");
        }

        var threadIds = mail.References.Append(mail.InReplyTo)
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => ThreadKeys.MessageId(id!))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (threadIds.Length > 0 && Latest(lookup.FindByMessageIds(threadIds)) is { } replied)
        {
            return Attach(replied, DisputeLinkKind.AttachByThread, "replies to a message of");
        }

        if (!string.IsNullOrWhiteSpace(mail.ConversationId)
            && Latest(lookup.FindByConversation(ThreadKeys.Conversation(mail.MailboxId, mail.ConversationId))) is { } conversation)
        {
            return Attach(conversation, DisputeLinkKind.AttachByThread, "is in the mail conversation of");
        }

        var invoices = ThreadKeys.Invoices(mail.InvoiceNumbers);
        if (invoices.Count > 0)
        {
            var windowStart = mail.ReceivedAt - options.SameInvoiceWindow;
            var sameInvoice = lookup.FindByCustomerInvoices(ThreadKeys.Customer(mail.CustomerKey), invoices)
                .Where(c => c.LastCustomerMessageAt >= windowStart);
            if (Latest(sameInvoice) is { } match)
            {
                var shared = string.Join(", ", match.InvoiceNumbers.Intersect(invoices, StringComparer.Ordinal));
                return Attach(match, DisputeLinkKind.AttachByInvoice, $"is about invoice {shared} of the same customer as");
            }
        }

        return new DisputeLink(DisputeLinkKind.New, null, "no dispute on this thread or invoice");
    }

    private static DisputeLink Attach(DisputeLinkCandidate candidate, DisputeLinkKind kind, string why) =>
        candidate.State == DisputeState.Closed
            ? new DisputeLink(DisputeLinkKind.FollowUp, candidate.Id, $"{why} closed dispute {candidate.Id}: a follow-up is opened")
            : new DisputeLink(kind, candidate.Id, $"{why} {candidate.Id}");

    // Several matches happen when one thread spawned a follow-up: the newest case is the live one.
    private static DisputeLinkCandidate? Latest(IEnumerable<DisputeLinkCandidate> candidates) =>
        candidates.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id.Value, StringComparer.Ordinal).FirstOrDefault();
}

namespace MailTriage.Routing.Linking;

/// <summary>
/// The few indexed questions thread linking asks of the store. Synchronous on purpose: the embedded store answers
/// from a local index, and it keeps <see cref="DisputeLinker"/> a plain function.
/// </summary>
public interface IDisputeLookup
{
    /// <summary>Disputes that already hold any of these Internet Message-IDs (canonical form, see <see cref="ThreadKeys.MessageId"/>).</summary>
    IReadOnlyList<DisputeLinkCandidate> FindByMessageIds(IReadOnlyCollection<string> messageIds);

    /// <summary>Disputes on this mailbox conversation (key from <see cref="ThreadKeys.Conversation"/>).</summary>
    IReadOnlyList<DisputeLinkCandidate> FindByConversation(string conversationKey);

    /// <summary>Disputes of this customer (canonical key) that mention any of these invoices (canonical numbers).</summary>
    IReadOnlyList<DisputeLinkCandidate> FindByCustomerInvoices(string customerKey, IReadOnlyCollection<string> invoiceNumbers);
}

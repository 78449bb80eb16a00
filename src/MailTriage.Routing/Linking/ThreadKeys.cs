namespace MailTriage.Routing.Linking;

/// <summary>
/// Canonical forms of the identifiers used to find a dispute again. Every writer and every lookup goes through
/// these, so "&lt;ABC@x&gt;" and "ABC@x", or "inv-1001 " and "INV-1001", meet in the index.
/// </summary>
public static class ThreadKeys
{
    /// <summary>Internet Message-ID without angle brackets or surrounding space (case kept: the local part is case-sensitive).</summary>
    public static string MessageId(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return messageId.Trim().TrimStart('<').TrimEnd('>').Trim();
    }

    /// <summary>Graph conversation ids are only unique inside one mailbox, so the key includes it.</summary>
    public static string Conversation(string mailboxId, string conversationId) =>
        $"{mailboxId.Trim().ToLowerInvariant()}|{conversationId.Trim()}";

    public static string Invoice(string invoiceNumber) => invoiceNumber.Trim().ToUpperInvariant();

    public static IReadOnlyList<string> Invoices(IEnumerable<string> invoiceNumbers) =>
        [.. invoiceNumbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(Invoice).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string Customer(string customerKey) => customerKey.Trim().ToLowerInvariant();
}

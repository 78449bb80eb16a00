namespace MailTriage.Routing.Disputes;

/// <summary>What the dispute is about, as extracted from the customer's mail. No message bodies: only facts.</summary>
public sealed record DisputeFacts
{
    /// <summary>One of <see cref="DisputeReasonCodes.All"/>; anything else is stored as "other".</summary>
    public required string Reason { get; init; }

    /// <summary>Stable customer identity used for de-duplication: the account number when known, else the sender's domain.</summary>
    public required string CustomerKey { get; init; }

    public string? CustomerAccount { get; init; }

    public string? CustomerDomain { get; init; }

    public string? CustomerName { get; init; }

    /// <summary>Business unit / region from the mailbox or the customer master ("US", "MX", "ES").</summary>
    public string? Region { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    public IReadOnlyList<string> InvoiceNumbers { get; init; } = [];

    public string? Subject { get; init; }
}

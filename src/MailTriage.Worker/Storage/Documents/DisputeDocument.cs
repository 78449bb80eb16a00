namespace MailTriage.Worker.Storage.Documents;

/// <summary>A dispute's current data as stored; its history lives in <see cref="DisputeEventDocument"/>s.</summary>
internal sealed class DisputeDocument
{
    public string Id { get; set; } = string.Empty;

    /// <summary>Number of events stored for the dispute; the optimistic-concurrency token.</summary>
    public int Version { get; set; }

    public string State { get; set; } = string.Empty;

    public bool IsOpen { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string CustomerKey { get; set; } = string.Empty;

    /// <summary>Canonical (lower-case) customer key, the form the invoice de-duplication looks up.</summary>
    public string CustomerMatchKey { get; set; } = string.Empty;

    public string? CustomerAccount { get; set; }

    public string? CustomerDomain { get; set; }

    public string? CustomerName { get; set; }

    public string? Region { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public List<string> InvoiceNumbers { get; set; } = [];

    public string? Subject { get; set; }

    public string MailboxId { get; set; } = string.Empty;

    public string TeamId { get; set; } = string.Empty;

    public string SlaPolicyId { get; set; } = string.Empty;

    public string CalendarId { get; set; } = string.Empty;

    public string Priority { get; set; } = string.Empty;

    public int MatrixRow { get; set; }

    public string? OwnerName { get; set; }

    public string? OwnerEmail { get; set; }

    public string? OwnerTeamId { get; set; }

    public string? OwnerManagerEmail { get; set; }

    public bool OwnerIsManagerFallback { get; set; }

    /// <summary>Lower-cased owner email while the dispute is open, null otherwise: indexes "open by owner" directly.</summary>
    public string? OpenOwner { get; set; }

    public int EscalationLevel { get; set; }

    public string? CreditMemoNumber { get; set; }

    public string? FollowUpOf { get; set; }

    public List<string> MessageIds { get; set; } = [];

    public List<string> ConversationKeys { get; set; } = [];

    public long OpenedAt { get; set; }

    public long LastCustomerMessageAt { get; set; }

    public long LastActivityAt { get; set; }
}

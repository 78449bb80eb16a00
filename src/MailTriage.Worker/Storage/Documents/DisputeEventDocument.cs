namespace MailTriage.Worker.Storage.Documents;

/// <summary>
/// One history entry. Its id is "&lt;dispute&gt;/&lt;sequence&gt;", so the primary key itself refuses a second entry with the
/// same number: the store only ever inserts these, which is what makes the history append-only.
/// </summary>
internal sealed class DisputeEventDocument
{
    public string Id { get; set; } = string.Empty;

    public string DisputeId { get; set; } = string.Empty;

    public int Sequence { get; set; }

    public string Kind { get; set; } = string.Empty;

    public long At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string ActorKind { get; set; } = string.Empty;

    public bool ByOwner { get; set; }

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string? Reason { get; set; }

    public string? OwnerEmail { get; set; }

    public string? PreviousOwnerEmail { get; set; }

    public int? EscalationLevel { get; set; }

    public string? MessageId { get; set; }

    public string? NotificationKey { get; set; }

    public string? CreditMemoNumber { get; set; }

    public static string KeyOf(string disputeId, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{disputeId}/{sequence:000000}");
}

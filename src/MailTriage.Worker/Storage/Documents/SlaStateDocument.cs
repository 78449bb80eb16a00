namespace MailTriage.Worker.Storage.Documents;

/// <summary>The last SLA evaluation of a dispute, indexed on <see cref="NextDueAt"/> for the overdue list.</summary>
internal sealed class SlaStateDocument
{
    public string Id { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string TeamId { get; set; } = string.Empty;

    public string? OwnerEmail { get; set; }

    public string CustomerKey { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public string Priority { get; set; } = string.Empty;

    /// <summary>Null when no clock can currently breach (paused short of its target, or all stopped).</summary>
    public long? NextDueAt { get; set; }

    public string? NextDueClock { get; set; }

    public string Phase { get; set; } = string.Empty;

    public int EscalationLevel { get; set; }

    public long EvaluatedAt { get; set; }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// One dispute as lists, reports, the dashboard and the Excel export show it: stored facts plus its SLA standing and
/// age evaluated at one instant, so every surface built from the same rows shows the same numbers.
/// </summary>
public sealed record DisputeRow
{
    public required DisputeId Id { get; init; }
    public required DisputeState State { get; init; }
    public required string Reason { get; init; }
    public required string CustomerKey { get; init; }
    public string? CustomerName { get; init; }
    public IReadOnlyList<string> InvoiceNumbers { get; init; } = [];
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Subject { get; init; }
    public required string MailboxId { get; init; }
    public required string TeamId { get; init; }
    public string? OwnerName { get; init; }
    public string? OwnerEmail { get; init; }
    public required DisputePriority Priority { get; init; }
    public int EscalationLevel { get; init; }
    public required Instant OpenedAt { get; init; }
    public required Instant LastActivityAt { get; init; }

    /// <summary>Earliest due time among clocks that are still live; null when every clock is paused short of its target or stopped.</summary>
    public Instant? NextDueAt { get; init; }

    public SlaClockKind? NextDueClock { get; init; }

    public required SlaPhase Phase { get; init; }

    /// <summary>A live clock is past its due time.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>Completed business days since opening, on the dispute's own calendar.</summary>
    public required double AgeBusinessDays { get; init; }

    public bool IsOpen => State.IsOpen();

    public string CustomerLabel => string.IsNullOrWhiteSpace(CustomerName) ? CustomerKey : $"{CustomerName} ({CustomerKey})";

    public string OwnerLabel => OwnerName ?? OwnerEmail ?? "(unassigned)";
}

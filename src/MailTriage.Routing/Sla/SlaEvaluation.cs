using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Sla;

/// <summary>All SLA clocks of one dispute as of <see cref="AsOf"/>.</summary>
public sealed record SlaEvaluation
{
    public required DisputeId DisputeId { get; init; }

    public required Instant AsOf { get; init; }

    public required DisputeState State { get; init; }

    public required SlaClockStatus Acknowledge { get; init; }

    public required SlaClockStatus Resolve { get; init; }

    /// <summary>Every "owner must respond" clock, oldest first; the last one is the current one.</summary>
    public IReadOnlyList<SlaClockStatus> Responses { get; init; } = [];

    public SlaClockStatus? CurrentResponse => Responses.Count > 0 ? Responses[^1] : null;

    /// <summary>The clocks that still matter: not stopped.</summary>
    public IEnumerable<SlaClockStatus> LiveClocks =>
        new[] { Acknowledge, Resolve }.Concat(Responses).Where(c => c.Run != SlaClockRun.Stopped);

    /// <summary>Earliest due time among clocks that can still be (or already are) breached; what "overdue" lists sort on.</summary>
    public Instant? NextDueAt => LiveClocks.Select(c => c.DueAt).Where(d => d.HasValue).Min();

    public bool IsOverdue => LiveClocks.Any(c => c.IsOverdue);

    public SlaPhase WorstPhase => LiveClocks.Select(c => c.Phase).DefaultIfEmpty(SlaPhase.OnTrack).Max();
}

using NodaTime;

namespace MailTriage.Routing.Sla;

/// <summary>When one rung of the escalation ladder falls due for a clock.</summary>
/// <param name="DueAt">When the step is (or was) reached; null while the clock is paused or stopped short of it.</param>
public sealed record EscalationMilestone(int Level, EscalationStep Step, Instant? DueAt, bool Reached);

/// <summary>
/// One SLA clock of one dispute as of an instant. Times are instants; amounts are business time on the dispute's calendar.
/// </summary>
public sealed record SlaClockStatus
{
    public required SlaClockKind Kind { get; init; }

    /// <summary>Stable identity of this clock instance (respond clocks restart), used in notification keys.</summary>
    public string ClockId => $"{Kind.ToString().ToLowerInvariant()}@{StartedAt.ToUnixTimeTicks()}";

    public required Instant StartedAt { get; init; }

    public required Duration Target { get; init; }

    public required Duration Elapsed { get; init; }

    public Duration Remaining => Elapsed >= Target ? Duration.Zero : Target - Elapsed;

    public required SlaClockRun Run { get; init; }

    /// <summary>When the clock was stopped (target met or missed); null while it can still move.</summary>
    public Instant? StoppedAt { get; init; }

    /// <summary>When the warning threshold is (or was) reached; null if paused or stopped before it.</summary>
    public Instant? WarningAt { get; init; }

    /// <summary>When the target is (or was) reached; null if paused or stopped before it.</summary>
    public Instant? DueAt { get; init; }

    public required SlaPhase Phase { get; init; }

    public IReadOnlyList<EscalationMilestone> Escalations { get; init; } = [];

    /// <summary>Stopped on or before the due time.</summary>
    public bool Met => Run == SlaClockRun.Stopped && Phase != SlaPhase.Breached;

    /// <summary>Breached and still able to hurt: counts as overdue.</summary>
    public bool IsOverdue => Run != SlaClockRun.Stopped && Phase == SlaPhase.Breached;
}

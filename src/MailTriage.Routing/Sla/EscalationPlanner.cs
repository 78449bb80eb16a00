using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Sla;

/// <summary>
/// Says which SLA notifications are owed for a dispute at an instant. Idempotent by construction: a notification
/// recorded in the history (<see cref="Dispute.RecordNotificationSent"/>) is never due again, so running the planner
/// every minute, or after a crash, sends each warning and each rung of the ladder once.
/// </summary>
public static class EscalationPlanner
{
    public static EscalationPlan Plan(SlaPolicy policy, BusinessCalendar calendar, IReadOnlyList<DisputeEvent> events, Instant now)
    {
        var evaluation = SlaEvaluator.Evaluate(policy, calendar, events, now);
        var sent = events.Where(e => e.NotificationKey is not null).Select(e => e.NotificationKey!).ToHashSet(StringComparer.Ordinal);

        var owed = evaluation.LiveClocks.SelectMany(clock => Owed(evaluation.DisputeId, clock)).ToArray();
        return new EscalationPlan(
            evaluation,
            [.. owed.Where(n => !sent.Contains(n.Key))],
            [.. owed.Where(n => sent.Contains(n.Key))]);
    }

    private static IEnumerable<SlaNotification> Owed(DisputeId disputeId, SlaClockStatus clock)
    {
        // A warning only makes sense before the breach; if MailTriage was down across both, the breach notice says it all.
        if (clock.Phase == SlaPhase.Warning && clock.WarningAt is { } warnAt)
        {
            yield return new SlaNotification(disputeId, SlaNotificationKind.Warning, clock.Kind, clock.ClockId, 0, EscalationRecipient.Owner, warnAt);
        }

        if (clock.Phase != SlaPhase.Breached)
        {
            yield break;
        }

        foreach (var milestone in clock.Escalations.Where(m => m.Reached && m.DueAt.HasValue))
        {
            yield return new SlaNotification(disputeId, SlaNotificationKind.Escalation, clock.Kind, clock.ClockId, milestone.Level, milestone.Step.Notify, milestone.DueAt!.Value);
        }
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Routing.Persistence;

/// <summary>
/// The last SLA evaluation of each dispute, denormalised for the "overdue" and "due soon" lists. Always derivable
/// from the history again (<see cref="SlaEvaluator"/>), so it is a cache the worker refreshes after every change.
/// </summary>
public interface ISlaStateRepository
{
    void Upsert(SlaStateRecord record);

    SlaStateRecord? Find(DisputeId id);

    /// <summary>Disputes whose earliest live deadline is at or before <paramref name="now"/>, most overdue first.</summary>
    IReadOnlyList<SlaStateRecord> Overdue(Instant now, int limit = 1000);

    /// <summary>Disputes with a live deadline in (<paramref name="now"/>, <paramref name="until"/>], soonest first.</summary>
    IReadOnlyList<SlaStateRecord> DueBetween(Instant now, Instant until, int limit = 1000);
}

/// <summary>A dispute's SLA standing as of <see cref="EvaluatedAt"/>.</summary>
/// <param name="NextDueAt">Earliest due time of a clock that is still live; null when every clock is paused short of its target or stopped.</param>
public sealed record SlaStateRecord(
    DisputeId DisputeId,
    DisputeState State,
    string TeamId,
    string? OwnerEmail,
    string CustomerKey,
    string Reason,
    DisputePriority Priority,
    Instant? NextDueAt,
    SlaClockKind? NextDueClock,
    SlaPhase Phase,
    int EscalationLevel,
    Instant EvaluatedAt)
{
    public static SlaStateRecord From(Dispute dispute, SlaEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(evaluation);
        var next = evaluation.LiveClocks.Where(c => c.DueAt.HasValue).MinBy(c => c.DueAt!.Value);
        return new SlaStateRecord(
            dispute.Id, dispute.State, dispute.Routing.TeamId, dispute.Owner?.Email, dispute.Facts.CustomerKey, dispute.Facts.Reason,
            dispute.Routing.Priority, next?.DueAt, next?.Kind, evaluation.WorstPhase, dispute.EscalationLevel, evaluation.AsOf);
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// Builds a <see cref="DisputeRow"/> from a dispute's snapshot and history. Pure: the SLA clocks are evaluated live at
/// <c>now</c> (the cached phase in the store is only as fresh as the last event), with the matrix's calendar and policy.
/// </summary>
public static class DisputeRowFactory
{
    public static DisputeRow Create(DisputeSnapshot snapshot, IReadOnlyList<DisputeEvent> history, ResolutionMatrix matrix, Instant now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(matrix);
        var (policy, calendar) = matrix.SlaContextFor(snapshot.Routing);
        var evaluation = history.Count > 0 && history[0].At <= now ? SlaEvaluator.Evaluate(policy, calendar, history, now) : null;
        var next = evaluation?.LiveClocks.Where(c => c.DueAt.HasValue).MinBy(c => c.DueAt!.Value);
        var ageEnd = snapshot.State.IsOpen() ? now : snapshot.LastActivityAt;
        return new DisputeRow
        {
            Id = snapshot.Id,
            State = snapshot.State,
            Reason = snapshot.Facts.Reason,
            CustomerKey = snapshot.Facts.CustomerKey,
            CustomerName = snapshot.Facts.CustomerName,
            InvoiceNumbers = snapshot.Facts.InvoiceNumbers,
            Amount = snapshot.Facts.Amount,
            Currency = snapshot.Facts.Currency,
            Subject = snapshot.Facts.Subject,
            MailboxId = snapshot.MailboxId,
            TeamId = snapshot.Routing.TeamId,
            OwnerName = snapshot.Owner?.Name,
            OwnerEmail = snapshot.Owner?.Email,
            Priority = snapshot.Routing.Priority,
            EscalationLevel = snapshot.EscalationLevel,
            OpenedAt = snapshot.OpenedAt,
            LastActivityAt = snapshot.LastActivityAt,
            NextDueAt = next?.DueAt,
            NextDueClock = next?.Kind,
            Phase = evaluation?.WorstPhase ?? SlaPhase.OnTrack,
            IsOverdue = evaluation?.IsOverdue ?? false,
            AgeBusinessDays = BusinessAge.Days(calendar, snapshot.OpenedAt, ageEnd),
        };
    }
}

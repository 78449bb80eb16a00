using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Reports;
using NodaTime;

namespace MailTriage.Worker.Tests.Reports;

/// <summary>Rows built by hand, for the pure report functions.</summary>
internal static class ReportsTestData
{
    public static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 15, 0);

    private static int _next;

    public static DisputeRow Row(double age = 1, bool overdue = false, Instant? due = null, DisputeState state = DisputeState.Assigned,
        string customer = "C-1", string reason = "pricing", string owner = "marcus.lee@fabrikam.example", string team = "pricing", decimal? amount = 100m, string currency = "USD") => new()
    {
        Id = DisputeId.FromSequence(Interlocked.Increment(ref _next)),
        State = state,
        Reason = reason,
        CustomerKey = customer,
        MailboxId = "disputes",
        TeamId = team,
        OwnerEmail = owner,
        OwnerName = owner.Split('@')[0],
        Priority = DisputePriority.Normal,
        OpenedAt = Now - Duration.FromDays(age),
        LastActivityAt = Now,
        NextDueAt = due ?? (overdue ? Now - Duration.FromHours(2) : Now + Duration.FromDays(3)),
        Phase = overdue ? SlaPhase.Breached : SlaPhase.OnTrack,
        IsOverdue = overdue,
        AgeBusinessDays = age,
        Amount = amount,
        Currency = currency,
    };
}

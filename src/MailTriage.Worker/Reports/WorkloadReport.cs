namespace MailTriage.Worker.Reports;

/// <summary>Open work of one owner (or one team when <see cref="Owner"/> is null).</summary>
public sealed record WorkloadLine(string TeamId, string? Owner, string? OwnerEmail, int Open, int Overdue, int DueSoon, int Escalated, double OldestBusinessDays, MoneyTotals Amount);

/// <summary>Open disputes per owner and per team: how much each carries, how much of it is late or about to be.</summary>
public static class WorkloadReport
{
    public static IReadOnlyList<WorkloadLine> ByOwner(IEnumerable<DisputeRow> rows, NodaTime.Instant now, NodaTime.Duration soon) =>
        [.. rows.Where(r => r.IsOpen)
            .GroupBy(r => (r.TeamId, Email: r.OwnerEmail?.ToLowerInvariant()))
            .Select(g => Line(g.Key.TeamId, g.First().OwnerLabel, g.First().OwnerEmail, [.. g], now, soon))
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.Open).ThenBy(l => l.Owner, StringComparer.Ordinal)];

    public static IReadOnlyList<WorkloadLine> ByTeam(IEnumerable<DisputeRow> rows, NodaTime.Instant now, NodaTime.Duration soon) =>
        [.. rows.Where(r => r.IsOpen)
            .GroupBy(r => r.TeamId, StringComparer.OrdinalIgnoreCase)
            .Select(g => Line(g.Key, null, null, [.. g], now, soon))
            .OrderByDescending(l => l.Open).ThenBy(l => l.TeamId, StringComparer.Ordinal)];

    private static WorkloadLine Line(string team, string? owner, string? email, DisputeRow[] rows, NodaTime.Instant now, NodaTime.Duration soon) => new(
        team,
        owner,
        email,
        rows.Length,
        rows.Count(r => r.IsOverdue),
        rows.Count(r => !r.IsOverdue && r.NextDueAt is { } due && due <= now + soon),
        rows.Count(r => r.EscalationLevel > 0),
        rows.Select(r => r.AgeBusinessDays).DefaultIfEmpty(0).Max(),
        MoneyTotals.Of(rows));
}

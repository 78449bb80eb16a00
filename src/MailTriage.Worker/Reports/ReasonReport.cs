using NodaTime;

namespace MailTriage.Worker.Reports;

public sealed record ReasonLine(string Reason, int Total, int Open, int Overdue, MoneyTotals Amount);

/// <summary>The same customer disputing for the same reason again and again: a root cause to fix, not a case to work.</summary>
public sealed record RepeatOffender(string Customer, string Reason, int Count, int Open, Instant FirstOpened, Instant LastOpened, MoneyTotals Amount);

/// <summary>Why customers dispute: counts per reason (all disputes ever stored) and the customer × reason pairs that repeat.</summary>
public static class ReasonReport
{
    public static IReadOnlyList<ReasonLine> TopReasons(IEnumerable<DisputeRow> rows) =>
        [.. rows.GroupBy(r => r.Reason, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ReasonLine(g.Key, g.Count(), g.Count(r => r.IsOpen), g.Count(r => r.IsOverdue), MoneyTotals.Of(g)))
            .OrderByDescending(l => l.Total).ThenBy(l => l.Reason, StringComparer.Ordinal)];

    public static IReadOnlyList<RepeatOffender> RepeatOffenders(IEnumerable<DisputeRow> rows, int minimum = 2) =>
        [.. rows.GroupBy(r => (Customer: r.CustomerKey.ToLowerInvariant(), Reason: r.Reason.ToLowerInvariant()))
            .Where(g => g.Count() >= minimum)
            .Select(g => new RepeatOffender(
                g.First().CustomerLabel, g.First().Reason, g.Count(), g.Count(r => r.IsOpen),
                g.Min(r => r.OpenedAt), g.Max(r => r.OpenedAt), MoneyTotals.Of(g)))
            .OrderByDescending(o => o.Count).ThenByDescending(o => o.LastOpened).ThenBy(o => o.Customer, StringComparer.Ordinal)];
}

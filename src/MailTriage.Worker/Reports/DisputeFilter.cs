using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// The filters of `disputes list` and the dashboard. Text filters match case-insensitively (owner by e-mail or name,
/// customer by key or name as a substring); everything unset matches. Closed and resolved cases are left out
/// unless <see cref="IncludeClosed"/> or a <see cref="State"/> asks for them.
/// </summary>
public sealed record DisputeFilter
{
    public string? Owner { get; init; }
    public string? Team { get; init; }
    public DisputeState? State { get; init; }
    public string? Reason { get; init; }
    public string? Customer { get; init; }
    public bool OverdueOnly { get; init; }

    /// <summary>Only disputes whose next live deadline falls within this much wall-clock time from now (overdue ones included).</summary>
    public Duration? DueWithin { get; init; }

    public bool IncludeClosed { get; init; }

    public IReadOnlyList<DisputeRow> Apply(IEnumerable<DisputeRow> rows, Instant now) =>
        [.. rows.Where(r => Matches(r, now)).OrderBy(r => r.NextDueAt ?? Instant.MaxValue).ThenBy(r => r.Id.Value, StringComparer.Ordinal)];

    public bool Matches(DisputeRow row, Instant now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (State is { } state ? row.State == state : IncludeClosed || row.IsOpen)
            && (Owner is null || Same(row.OwnerEmail, Owner) || Same(row.OwnerName, Owner))
            && (Team is null || Same(row.TeamId, Team))
            && (Reason is null || Same(row.Reason, DisputeReasonCodes.Normalise(Reason)))
            && (Customer is null || Contains(row.CustomerKey, Customer) || Contains(row.CustomerName, Customer))
            && (!OverdueOnly || row.IsOverdue)
            && (DueWithin is not { } within || row.NextDueAt is { } due && due <= now + within);
    }

    private static bool Same(string? value, string wanted) => string.Equals(value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? value, string wanted) => value?.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}

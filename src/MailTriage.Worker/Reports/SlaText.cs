using System.Globalization;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>How an SLA standing reads to a person: "overdue by 1d 3h", "due in 2h 15m", "no live deadline".</summary>
public static class SlaText
{
    public static string Countdown(DisputeRow row, Instant now)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.NextDueAt is not { } due)
        {
            return row.IsOpen ? "no live deadline (paused)" : "stopped";
        }

        var clock = row.NextDueClock?.ToString().ToLowerInvariant() ?? "sla";
        return due < now ? $"{clock} overdue by {Span(now - due)}" : $"{clock} due in {Span(due - now)}";
    }

    /// <summary>Wall-clock span, largest two units: people read "1d 3h", not "27:04:00".</summary>
    public static string Span(Duration d)
    {
        var minutes = (long)Math.Floor(d.TotalMinutes);
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var mins = minutes % 60;
        return days > 0 ? string.Create(CultureInfo.InvariantCulture, $"{days}d {hours}h")
            : hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours}h {mins}m")
            : string.Create(CultureInfo.InvariantCulture, $"{mins}m");
    }

    public static string Utc(Instant? instant) =>
        instant is { } i ? i.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-";

    public static string Days(double businessDays) => businessDays.ToString("0.0", CultureInfo.InvariantCulture);
}

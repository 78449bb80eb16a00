using System.Globalization;

namespace MailTriage.Routing.Calendars;

/// <summary>
/// A stretch of working time inside one local day, in whole minutes after local midnight (0–1440).
/// Minutes rather than <c>LocalTime</c> because "24:00" (end of day) must be expressible and because
/// nobody schedules an AR desk to the second.
/// </summary>
public readonly record struct WorkingInterval
{
    public WorkingInterval(int startMinute, int endMinute)
    {
        if (startMinute < 0 || endMinute > MinutesPerDay || startMinute >= endMinute)
        {
            throw new ArgumentOutOfRangeException(nameof(startMinute), $"A working interval needs 0 <= start < end <= 24:00, got {Format(startMinute)}-{Format(endMinute)}.");
        }

        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public const int MinutesPerDay = 24 * 60;

    public int StartMinute { get; }

    public int EndMinute { get; }

    public override string ToString() => $"{Format(StartMinute)}-{Format(EndMinute)}";

    /// <summary>Parses "09:00-17:30"; "24:00" is accepted as an end.</summary>
    public static bool TryParse(string? text, out WorkingInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryParseMinute(parts[0], out var start) || !TryParseMinute(parts[1], out var end) || start >= end)
        {
            return false;
        }

        interval = new WorkingInterval(start, end);
        return true;
    }

    private static bool TryParseMinute(string text, out int minute)
    {
        minute = 0;
        var hm = text.Split(':');
        if (hm.Length != 2
            || !int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m > 59 || h > 24 || (h == 24 && m != 0))
        {
            return false;
        }

        minute = (h * 60) + m;
        return true;
    }

    private static string Format(int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}

using System.Globalization;
using NodaTime;

namespace MailTriage.Worker.Cli;

/// <summary>Parses "--due-within" values: "2d", "4h", "90m" or a TimeSpan such as "1.12:00:00" (wall-clock time).</summary>
internal static class DurationText
{
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t.Length < 2)
        {
            return false;
        }

        if (int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            duration = t[^1] switch
            {
                'd' => Duration.FromDays(n),
                'h' => Duration.FromHours(n),
                'm' => Duration.FromMinutes(n),
                _ => Duration.MinValue,
            };
            if (duration != Duration.MinValue)
            {
                return true;
            }
        }

        if (TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            duration = Duration.FromTimeSpan(span);
            return true;
        }

        duration = Duration.Zero;
        return false;
    }
}

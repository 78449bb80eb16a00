using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MailTriage.Classifier.Extraction;

/// <summary>A calendar date as written: the year may be missing ("el 15/12", "November 16").</summary>
internal readonly record struct WrittenDate(int? Year, int Month, int Day);

/// <summary>Parses the date tokens the scanner found; numeric order (day-first or month-first) is the caller's call.</summary>
internal static partial class DateText
{
    private static readonly FrozenDictionary<string, int> MonthNames = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12,
        ["december"] = 12, ["enero"] = 1, ["ene"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["abr"] = 4,
        ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8, ["ago"] = 8, ["septiembre"] = 9, ["setiembre"] = 9,
        ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12, ["dic"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The two leading numbers of a numeric date, to learn the writer's order ("30/09" is day-first).</summary>
    public static (int A, int B)? NumericParts(string text)
    {
        var m = Numeric().Match(text);
        return m.Success ? (int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    public static WrittenDate? Parse(string text, bool dayFirst)
    {
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            return Make(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"));
        }

        var numeric = Numeric().Match(text);
        if (numeric.Success)
        {
            int a = Int(numeric, "a"), b = Int(numeric, "b");
            int? year = numeric.Groups["y"].Success ? FullYear(Int(numeric, "y")) : null;
            var (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : dayFirst ? (a, b) : (b, a);
            return Make(year, month, day);
        }

        var dayMonth = DayMonth().Match(text);
        if (dayMonth.Success && MonthNames.TryGetValue(MonthKey(dayMonth.Groups["mon"].Value), out var m1))
        {
            return Make(dayMonth.Groups["y"].Success ? Int(dayMonth, "y") : null, m1, Int(dayMonth, "d"));
        }

        var monthDay = MonthDay().Match(text);
        if (monthDay.Success && MonthNames.TryGetValue(MonthKey(monthDay.Groups["mon"].Value), out var m2))
        {
            return Make(monthDay.Groups["y"].Success ? Int(monthDay, "y") : null, m2, Int(monthDay, "d"));
        }

        return null;
    }

    /// <summary>Gives a year-less date the year that puts it on or after the anchor (or just before it).</summary>
    public static DateOnly? Resolve(WrittenDate date, DateOnly? anchor)
    {
        if (date.Year is { } year)
        {
            return Safe(year, date.Month, date.Day);
        }

        if (anchor is not { } a)
        {
            return null;
        }

        var candidate = Safe(a.Year, date.Month, date.Day);
        // "15/01" written in December means next January; a date a few weeks back is a past event.
        if (candidate is { } c && c < a.AddDays(-60))
        {
            return Safe(a.Year + 1, date.Month, date.Day);
        }

        return candidate;
    }

    private static WrittenDate? Make(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new WrittenDate(year, month, day) : null;

    private static DateOnly? Safe(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int FullYear(int y) => y < 100 ? 2000 + y : y;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string MonthKey(string raw) => Scanning.Lexicon.Normalise(raw.TrimEnd('.'));

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})(?:[/.\-](?<y>\d{4}|\d{2}))?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th|º|°)?(?:\s+de\s+|\s+of\s+|[\s\-./]+)(?<mon>\p{L}+)\.?(?:(?:\s+de\s+|\s+del\s+|[\s,\-./]+)(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?<mon>\p{L}+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();
}

using System.Globalization;
using System.Text.RegularExpressions;
using MailTriage.Routing.Calendars;
using NodaTime;

namespace MailTriage.Routing.Sla;

public enum BusinessUnit
{
    Minutes,
    Hours,
    Days,
}

/// <summary>
/// An amount of business time as an AR manager writes it: "4 business hours", "5 business days".
/// Days only become a <see cref="Duration"/> against a calendar, because "one business day" is that calendar's
/// <see cref="BusinessCalendar.BusinessDayLength"/> of working time.
/// </summary>
public readonly partial record struct BusinessSpan(int Amount, BusinessUnit Unit)
{
    public static BusinessSpan Zero => new(0, BusinessUnit.Hours);

    public static BusinessSpan Hours(int amount) => new(amount, BusinessUnit.Hours);

    public static BusinessSpan Days(int amount) => new(amount, BusinessUnit.Days);

    public static BusinessSpan Minutes(int amount) => new(amount, BusinessUnit.Minutes);

    public Duration ToDuration(BusinessCalendar calendar) => Unit switch
    {
        BusinessUnit.Minutes => Duration.FromMinutes(Amount),
        BusinessUnit.Hours => Duration.FromHours(Amount),
        BusinessUnit.Days => calendar.BusinessDayLength * Amount,
        _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
    };

    public override string ToString()
    {
        var unit = Unit.ToString().ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} business {(Amount == 1 ? unit.TrimEnd('s') : unit)}");
    }

    /// <summary>Accepts "4 business hours", "5 business days", "90 business minutes" (also without "business", singular or plural).</summary>
    public static bool TryParse(string? text, out BusinessSpan span)
    {
        span = default;
        var match = text is null ? null : SpanPattern().Match(text.Trim());
        if (match is null || !match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "minute" or "minutes" => BusinessUnit.Minutes,
            "hour" or "hours" => BusinessUnit.Hours,
            _ => BusinessUnit.Days,
        };
        span = new BusinessSpan(amount, unit);
        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(business\s+)?(?<unit>minutes?|hours?|days?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();
}

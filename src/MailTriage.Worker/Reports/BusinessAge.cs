using MailTriage.Routing.Calendars;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// Age in business days on a dispute's calendar: working time between two instants divided by that calendar's
/// business-day length. Weekends, holidays and nights do not age a dispute, which is how AR managers count.
/// </summary>
public static class BusinessAge
{
    public static double Days(BusinessCalendar calendar, Instant from, Instant to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var worked = calendar.BusinessTimeBetween(from, to);
        return Math.Round(worked / calendar.BusinessDayLength, 2);
    }
}

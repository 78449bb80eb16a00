using NodaTime;
using NodaTime.TimeZones;

namespace MailTriage.Routing.Calendars;

/// <summary>
/// Working time of one AR desk: an IANA time zone, working hours per weekday and whole-day holidays.
/// All SLA arithmetic goes through <see cref="AddBusinessTime"/> and <see cref="BusinessTimeBetween"/>, which
/// walk real local days through the zone database so daylight-saving changes, holidays and weekends are
/// honoured without fixed offsets anywhere.
/// </summary>
public sealed class BusinessCalendar
{
    // Ten years of days: only reached by a calendar with no working time at all, which validation rejects.
    private const int MaxDaysScanned = 3660;

    private readonly WorkingInterval[][] _week;
    private readonly HashSet<LocalDate> _holidayDates;

    public BusinessCalendar(
        string id,
        DateTimeZone zone,
        IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingInterval>> workingHours,
        IEnumerable<Holiday> holidays,
        Duration businessDayLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (businessDayLength <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessDayLength), "A business day must have a positive length.");
        }

        Id = id;
        Zone = zone;
        BusinessDayLength = businessDayLength;
        _week = new WorkingInterval[7][];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var intervals = workingHours.TryGetValue(day, out var list) ? list.OrderBy(i => i.StartMinute).ToArray() : [];
            for (var i = 1; i < intervals.Length; i++)
            {
                if (intervals[i].StartMinute < intervals[i - 1].EndMinute)
                {
                    throw new ArgumentException($"Working hours on {day} overlap: {intervals[i - 1]} and {intervals[i]}.", nameof(workingHours));
                }
            }

            _week[(int)day - 1] = intervals;
        }

        Holidays = holidays.OrderBy(h => h.Date).ToArray();
        _holidayDates = [.. Holidays.Select(h => h.Date)];
        if (_week.All(d => d.Length == 0))
        {
            throw new ArgumentException($"Calendar '{id}' has no working hours on any day.", nameof(workingHours));
        }
    }

    public string Id { get; }

    public DateTimeZone Zone { get; }

    /// <summary>How much working time "one business day" of an SLA means on this calendar (8 hours by default).</summary>
    public Duration BusinessDayLength { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public IReadOnlyList<WorkingInterval> HoursOn(IsoDayOfWeek day) => _week[(int)day - 1];

    public bool IsHoliday(LocalDate date) => _holidayDates.Contains(date);

    public bool IsWorkingDay(LocalDate date) => !IsHoliday(date) && _week[(int)date.DayOfWeek - 1].Length > 0;

    /// <summary>True when <paramref name="instant"/> falls inside working hours (start inclusive, end exclusive).</summary>
    public bool IsBusinessTime(Instant instant)
    {
        var date = instant.InZone(Zone).Date;
        foreach (var interval in IntervalsOn(date))
        {
            ToInstants(date, interval, out var start, out var end);
            if (start <= instant && instant < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> that is working time.</summary>
    public Instant NextBusinessMoment(Instant instant) => AddBusinessTime(instant, Duration.Zero);

    /// <summary>
    /// The instant at which <paramref name="businessTime"/> of working time has passed since <paramref name="start"/>.
    /// A zero amount gives the next business moment; an amount that ends exactly at closing time gives closing time
    /// (not the next morning), which is what keeps the arithmetic additive.
    /// </summary>
    public Instant AddBusinessTime(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), "Business time to add cannot be negative.");
        }

        var remaining = businessTime;
        var date = start.InZone(Zone).Date;
        for (var scanned = 0; scanned < MaxDaysScanned; scanned++, date = date.PlusDays(1))
        {
            foreach (var interval in IntervalsOn(date))
            {
                ToInstants(date, interval, out var from, out var end);
                if (end <= start)
                {
                    continue;
                }

                if (from < start)
                {
                    from = start;
                }

                var length = end - from;
                if (remaining <= length)
                {
                    return from + remaining;
                }

                remaining -= length;
            }
        }

        throw new InvalidOperationException($"Calendar '{Id}' has no working time within {MaxDaysScanned} days of {start}.");
    }

    /// <summary>Working time inside [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public Duration BusinessTimeBetween(Instant from, Instant to)
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = Duration.Zero;
        var last = to.InZone(Zone).Date;
        for (var date = from.InZone(Zone).Date; date <= last; date = date.PlusDays(1))
        {
            foreach (var interval in IntervalsOn(date))
            {
                ToInstants(date, interval, out var start, out var end);
                var overlapStart = start > from ? start : from;
                var overlapEnd = end < to ? end : to;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return total;
    }

    private WorkingInterval[] IntervalsOn(LocalDate date) =>
        _holidayDates.Contains(date) ? [] : _week[(int)date.DayOfWeek - 1];

    private void ToInstants(LocalDate date, WorkingInterval interval, out Instant start, out Instant end)
    {
        start = Resolve(date, interval.StartMinute);
        end = Resolve(date, interval.EndMinute);
    }

    // Lenient resolution: a local time skipped by a spring-forward gap moves forward by the gap, an ambiguous
    // fall-back time takes its earlier occurrence. Working hours rarely touch 01:00–03:00, but a 24-hour desk does.
    private Instant Resolve(LocalDate date, int minuteOfDay)
    {
        var local = minuteOfDay == WorkingInterval.MinutesPerDay
            ? date.PlusDays(1).AtMidnight()
            : date.At(new LocalTime(minuteOfDay / 60, minuteOfDay % 60));
        return Zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }
}

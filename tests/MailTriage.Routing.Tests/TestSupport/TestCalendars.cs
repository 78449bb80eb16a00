using MailTriage.Routing.Calendars;
using NodaTime;
using NodaTime.Text;

namespace MailTriage.Routing.Tests.TestSupport;

/// <summary>Calendars built in code so every expected instant in a test can be worked out by hand.</summary>
internal static class TestCalendars
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    /// <summary>Chicago AR desk: 08:00–12:00 and 13:00–17:00 on weekdays; Thanksgiving and Christmas 2026 off.</summary>
    public static BusinessCalendar UsCentral { get; } = Weekly("us-central", "America/Chicago",
        ["08:00-12:00", "13:00-17:00"], null,
        new Holiday(new LocalDate(2026, 11, 26), "Thanksgiving Day"),
        new Holiday(new LocalDate(2026, 11, 27), "Day after Thanksgiving"),
        new Holiday(new LocalDate(2026, 12, 24), "Christmas Eve"),
        new Holiday(new LocalDate(2026, 12, 25), "Christmas Day"));

    /// <summary>Madrid: 09:00–14:00 and 15:00–18:00 Monday to Thursday, 08:00–15:00 on Fridays; 12 October off.</summary>
    public static BusinessCalendar Madrid { get; } = Weekly("es-madrid", "Europe/Madrid",
        ["09:00-14:00", "15:00-18:00"], ["08:00-15:00"],
        new Holiday(new LocalDate(2026, 10, 12), "Fiesta Nacional de España"),
        new Holiday(new LocalDate(2026, 12, 8), "Inmaculada Concepción"));

    /// <summary>Mexico City: 09:00–14:00 and 15:00–18:00 on weekdays; Revolution Day 2026 off.</summary>
    public static BusinessCalendar MexicoCity { get; } = Weekly("mx-cdmx", "America/Mexico_City",
        ["09:00-14:00", "15:00-18:00"], null,
        new Holiday(new LocalDate(2026, 11, 16), "Día de la Revolución"));

    /// <summary>Every hour of every day: business time equals elapsed time, which exposes DST day lengths.</summary>
    public static BusinessCalendar AroundTheClock(string zoneId) => new(
        "24x7-" + zoneId,
        DateTimeZoneProviders.Tzdb[zoneId],
        Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            .ToDictionary(d => d, _ => (IReadOnlyList<WorkingInterval>)[new WorkingInterval(0, WorkingInterval.MinutesPerDay)]),
        [],
        Duration.FromHours(24));

    public static BusinessCalendar Weekly(string id, string zoneId, string[] weekdayHours, string[]? fridayHours, params Holiday[] holidays)
    {
        var hours = Weekdays.ToDictionary(d => d, d => Parse(d == IsoDayOfWeek.Friday && fridayHours is not null ? fridayHours : weekdayHours));
        return new BusinessCalendar(id, DateTimeZoneProviders.Tzdb[zoneId], hours, holidays, Duration.FromHours(8));
    }

    /// <summary>The instant of a local wall-clock time on the calendar's zone ("2026-10-30 16:00").</summary>
    public static Instant At(this BusinessCalendar calendar, string local) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(local).Value.InZoneStrictly(calendar.Zone).ToInstant();

    /// <summary>The instant rendered as local wall-clock time on the calendar's zone, for readable assertions.</summary>
    public static string Local(this BusinessCalendar calendar, Instant instant) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(instant.InZone(calendar.Zone).LocalDateTime);

    public static string Utc(this Instant instant) =>
        InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(instant);

    private static IReadOnlyList<WorkingInterval> Parse(string[] intervals) =>
        [.. intervals.Select(t => WorkingInterval.TryParse(t, out var i) ? i : throw new ArgumentException(t))];
}

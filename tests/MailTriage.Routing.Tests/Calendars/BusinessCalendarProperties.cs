using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MailTriage.Routing.Calendars;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;

namespace MailTriage.Routing.Tests.Calendars;

/// <summary>Instants anywhere in 2026–2027 (minute resolution), covering every DST change and holiday of the test calendars.</summary>
public sealed record AnyInstant(Instant Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Up to 15 business days of work, in minutes.</summary>
public sealed record WorkAmount(Duration Value)
{
    public override string ToString() => Value.ToString();
}

public static class CalendarArbitraries
{
    private static readonly Instant Origin = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static Arbitrary<AnyInstant> Instants() =>
        Arb.From(Gen.Choose(0, 2 * 365 * 24 * 60).Select(m => new AnyInstant(Origin + Duration.FromMinutes(m))));

    public static Arbitrary<WorkAmount> Amounts() =>
        Arb.From(Gen.Choose(0, 15 * 8 * 60).Select(m => new WorkAmount(Duration.FromMinutes(m))));

    public static Arbitrary<BusinessCalendar> Calendars() =>
        Arb.From(Gen.Elements(TestCalendars.UsCentral, TestCalendars.Madrid, TestCalendars.MexicoCity));
}

[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
public sealed class BusinessCalendarProperties
{
    [Property]
    public bool AddBusinessTime_AnyStartAndAmount_NeverBeforeStart(BusinessCalendar calendar, AnyInstant start, WorkAmount amount) =>
        calendar.AddBusinessTime(start.Value, amount.Value) >= start.Value;

    [Property]
    public bool AddBusinessTime_ThenMeasure_GivesBackTheAmount(BusinessCalendar calendar, AnyInstant start, WorkAmount amount) =>
        calendar.BusinessTimeBetween(start.Value, calendar.AddBusinessTime(start.Value, amount.Value)) == amount.Value;

    [Property]
    public bool AddBusinessTime_InTwoSteps_EqualsOneStep(BusinessCalendar calendar, AnyInstant start, WorkAmount first, WorkAmount second) =>
        calendar.AddBusinessTime(calendar.AddBusinessTime(start.Value, first.Value), second.Value)
        == calendar.AddBusinessTime(start.Value, first.Value + second.Value);

    [Property]
    public bool BusinessTimeBetween_SplitAtAnyPoint_IsAdditive(BusinessCalendar calendar, AnyInstant a, AnyInstant b, AnyInstant c)
    {
        var sorted = new[] { a.Value, b.Value, c.Value }.Order().ToArray();
        return calendar.BusinessTimeBetween(sorted[0], sorted[2])
            == calendar.BusinessTimeBetween(sorted[0], sorted[1]) + calendar.BusinessTimeBetween(sorted[1], sorted[2]);
    }

    [Property]
    public bool BusinessTimeBetween_NeverExceedsElapsedTime(BusinessCalendar calendar, AnyInstant a, WorkAmount span)
    {
        var end = a.Value + span.Value;
        return calendar.BusinessTimeBetween(a.Value, end) <= end - a.Value;
    }
}

using MailTriage.Routing.Calendars;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestCalendars;

namespace MailTriage.Routing.Tests.Calendars;

public sealed class BusinessCalendarTests
{
    [Fact]
    public void AddBusinessTime_WithinOneMorning_AddsWallClockTime()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-06-02 08:30"), Duration.FromHours(2));

        Assert.Equal("2026-06-02 10:30", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_AcrossLunchBreak_SkipsTheBreak()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-06-02 11:00"), Duration.FromHours(2));

        Assert.Equal("2026-06-02 14:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_OvernightArrival_StartsNextMorning()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-06-02 22:15"), Duration.FromHours(4));

        Assert.Equal("2026-06-03 12:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_SaturdayArrival_StartsMonday()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-06-06 10:00"), Duration.FromHours(5));

        Assert.Equal("2026-06-08 14:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_EndingAtClosingTime_ReturnsClosingTimeNotNextMorning()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-06-05 13:00"), Duration.FromHours(4));

        Assert.Equal("2026-06-05 17:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_ZeroAtNight_ReturnsNextBusinessMoment()
    {
        var next = UsCentral.NextBusinessMoment(UsCentral.At("2026-06-05 18:00"));

        Assert.Equal("2026-06-08 08:00", UsCentral.Local(next));
    }

    [Fact]
    public void AddBusinessTime_OverThanksgiving_SkipsBothHolidaysAndWeekend()
    {
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-11-25 16:00"), Duration.FromHours(2));

        Assert.Equal("2026-11-30 09:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_FiveBusinessDaysOverChristmas_SkipsHolidays()
    {
        // 40 working hours from Tue 22 Dec 10:00: Tue 6h, Wed 8h, (Thu 24, Fri 25 off), Mon 28 8h, Tue 8h, Wed 8h, Thu 2h.
        var due = UsCentral.AddBusinessTime(UsCentral.At("2026-12-22 10:00"), UsCentral.BusinessDayLength * 5);

        Assert.Equal("2026-12-31 10:00", UsCentral.Local(due));
    }

    [Fact]
    public void AddBusinessTime_OverUsFallBack_LandsOnStandardTime()
    {
        // Friday 30 Oct is CDT (UTC-5); clocks go back on Sunday 1 Nov 2026; Monday 2 Nov is CST (UTC-6).
        var start = UsCentral.At("2026-10-30 16:00");
        var due = UsCentral.AddBusinessTime(start, Duration.FromHours(2));

        Assert.Equal("2026-11-02 09:00", UsCentral.Local(due));
        Assert.Equal("2026-11-02 15:00", due.Utc());
        Assert.Equal("2026-10-30 21:00", start.Utc());
    }

    [Fact]
    public void BusinessTimeBetween_AroundTheClockOnUsFallBackSunday_CountsTwentyFiveHours()
    {
        var calendar = AroundTheClock("America/Chicago");

        var sunday = calendar.BusinessTimeBetween(calendar.At("2026-11-01 00:00"), calendar.At("2026-11-02 00:00"));

        Assert.Equal(Duration.FromHours(25), sunday);
    }

    [Fact]
    public void BusinessTimeBetween_AroundTheClockOnUsSpringForwardSunday_CountsTwentyThreeHours()
    {
        var calendar = AroundTheClock("America/New_York");

        var sunday = calendar.BusinessTimeBetween(calendar.At("2026-03-08 00:00"), calendar.At("2026-03-09 00:00"));

        Assert.Equal(Duration.FromHours(23), sunday);
    }

    [Fact]
    public void BusinessTimeBetween_AroundTheClockOnEuFallBackSunday_CountsTwentyFiveHours()
    {
        var calendar = AroundTheClock("Europe/Madrid");

        var sunday = calendar.BusinessTimeBetween(calendar.At("2026-10-25 00:00"), calendar.At("2026-10-26 00:00"));

        Assert.Equal(Duration.FromHours(25), sunday);
    }

    [Theory]
    [InlineData("2026-04-05")] // Mexico's former spring change (first Sunday of April)
    [InlineData("2026-10-25")] // Mexico's former autumn change (last Sunday of October)
    [InlineData("2026-11-01")] // the US change, which border cities still follow but Mexico City does not
    public void BusinessTimeBetween_AroundTheClockInMexicoCity_EveryDayHasTwentyFourHours(string date)
    {
        var calendar = AroundTheClock("America/Mexico_City");
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var midnight = day.AtMidnight().InZoneStrictly(calendar.Zone).ToInstant();
        var nextMidnight = day.PlusDays(1).AtMidnight().InZoneStrictly(calendar.Zone).ToInstant();

        Assert.Equal(Duration.FromHours(24), calendar.BusinessTimeBetween(midnight, nextMidnight));
        Assert.Equal(Offset.FromHours(-6), calendar.Zone.GetUtcOffset(midnight));
    }

    [Fact]
    public void AddBusinessTime_MadridOverEuFallBack_UsesWinterOffset()
    {
        // Friday 23 Oct 2026 (CEST, UTC+2) closes at 15:00; clocks go back on Sunday 25 Oct; Monday is CET (UTC+1).
        var due = Madrid.AddBusinessTime(Madrid.At("2026-10-23 14:00"), Duration.FromHours(2));

        Assert.Equal("2026-10-26 10:00", Madrid.Local(due));
        Assert.Equal("2026-10-26 09:00", due.Utc());
    }

    [Fact]
    public void AddBusinessTime_MexicoCityAfterUsFallBack_KeepsUtcMinusSix()
    {
        // Mexico City dropped DST in 2022: UTC-6 on both sides of the US change, unlike Chicago.
        var friday = MexicoCity.At("2026-10-30 17:00");
        var due = MexicoCity.AddBusinessTime(friday, Duration.FromHours(2));

        Assert.Equal("2026-10-30 23:00", friday.Utc());
        Assert.Equal("2026-11-02 10:00", MexicoCity.Local(due));
        Assert.Equal("2026-11-02 16:00", due.Utc());
    }

    [Fact]
    public void AddBusinessTime_MexicoCityRevolutionDay_SkipsHoliday()
    {
        var due = MexicoCity.AddBusinessTime(MexicoCity.At("2026-11-13 17:00"), Duration.FromHours(2));

        Assert.Equal("2026-11-17 10:00", MexicoCity.Local(due));
    }

    [Fact]
    public void AddBusinessTime_MadridShortFridayThenNationalHoliday_ResumesTuesday()
    {
        // Friday 9 Oct closes at 15:00, Monday 12 Oct is the national holiday.
        var due = Madrid.AddBusinessTime(Madrid.At("2026-10-09 14:00"), Duration.FromHours(3));

        Assert.Equal("2026-10-13 11:00", Madrid.Local(due));
    }

    [Fact]
    public void BusinessTimeBetween_FridayEveningToMondayMorning_IsZero()
    {
        var weekend = UsCentral.BusinessTimeBetween(UsCentral.At("2026-06-05 17:00"), UsCentral.At("2026-06-08 08:00"));

        Assert.Equal(Duration.Zero, weekend);
    }

    [Fact]
    public void BusinessTimeBetween_ReversedRange_IsZero()
    {
        Assert.Equal(Duration.Zero, UsCentral.BusinessTimeBetween(UsCentral.At("2026-06-05 12:00"), UsCentral.At("2026-06-05 09:00")));
    }

    [Theory]
    [InlineData("2026-06-05 08:00", true)]
    [InlineData("2026-06-05 12:00", false)]
    [InlineData("2026-06-05 16:59", true)]
    [InlineData("2026-06-05 17:00", false)]
    [InlineData("2026-06-06 10:00", false)]
    [InlineData("2026-12-25 10:00", false)]
    public void IsBusinessTime_VariousMoments_MatchesWorkingHours(string local, bool expected)
    {
        Assert.Equal(expected, UsCentral.IsBusinessTime(UsCentral.At(local)));
    }

    [Fact]
    public void Constructor_OverlappingIntervals_Throws()
    {
        var hours = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [IsoDayOfWeek.Monday] = [new WorkingInterval(9 * 60, 13 * 60), new WorkingInterval(12 * 60, 17 * 60)],
        };

        Assert.Throws<ArgumentException>(() => new BusinessCalendar("x", DateTimeZone.Utc, hours, [], Duration.FromHours(8)));
    }

    [Theory]
    [InlineData("09:00-17:00", true)]
    [InlineData("00:00-24:00", true)]
    [InlineData("17:00-09:00", false)]
    [InlineData("9-17", false)]
    [InlineData("09:00-24:30", false)]
    public void WorkingIntervalTryParse_VariousTexts_AcceptsOnlyForwardRanges(string text, bool valid)
    {
        Assert.Equal(valid, WorkingInterval.TryParse(text, out _));
    }
}

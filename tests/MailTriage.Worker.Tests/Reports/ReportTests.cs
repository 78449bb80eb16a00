using MailTriage.Routing.Disputes;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Reports;
using NodaTime;
using static MailTriage.Worker.Tests.Reports.ReportsTestData;

namespace MailTriage.Worker.Tests.Reports;

public sealed class ReportTests
{
    [Fact]
    public void AgingBuild_OpenRows_EachInOneBucketByBusinessDays()
    {
        DisputeRow[] rows = [Row(age: 0.5), Row(age: 1.99), Row(age: 2, overdue: true), Row(age: 7.5), Row(age: 25), Row(age: 30, state: DisputeState.Closed)];

        var buckets = AgingReport.Build(rows);

        Assert.Equal([2, 1, 1, 0, 1], buckets.Select(b => b.Count));
        Assert.Equal(1, buckets[1].Overdue);
        Assert.Equal(200m, buckets[0].Amount.ByCurrency["USD"]);
        Assert.Equal("5-9 business days", AgingReport.BucketOf(7.5));
    }

    [Fact]
    public void BusinessAgeDays_FridayEveningToMondayMorning_IsZero()
    {
        var matrix = MailTriage.Routing.Matrix.ResolutionMatrix.Parse(File.ReadAllText(Path.Combine(MailTriage.TestUtils.TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml")));
        var chicago = matrix.Calendars["us-central"];

        // Friday 5 June 2026 17:00 CDT to Monday 8 June 08:00 CDT: a weekend, no working time.
        Assert.Equal(0, BusinessAge.Days(chicago, Instant.FromUtc(2026, 6, 5, 22, 0), Instant.FromUtc(2026, 6, 8, 13, 0)));

        // Monday 08:00 to Tuesday 08:00 CDT: one full 8-hour business day.
        Assert.Equal(1, BusinessAge.Days(chicago, Instant.FromUtc(2026, 6, 8, 13, 0), Instant.FromUtc(2026, 6, 9, 13, 0)));
    }

    [Fact]
    public void WorkloadByOwner_OpenRows_CountsOverdueAndDueSoon()
    {
        DisputeRow[] rows = [Row(overdue: true), Row(due: Now + Duration.FromHours(5)), Row(owner: "elena.ortiz@fabrikam.example"), Row(state: DisputeState.Closed)];

        var lines = WorkloadReport.ByOwner(rows, Now, Duration.FromHours(24));

        var marcus = lines.Single(l => l.OwnerEmail == "marcus.lee@fabrikam.example");
        Assert.Equal((3 - 1, 1, 1), (marcus.Open, marcus.Overdue, marcus.DueSoon));
        Assert.Equal(3, WorkloadReport.ByTeam(rows, Now, Duration.FromHours(24)).Single().Open);
    }

    [Fact]
    public void RepeatOffenders_SameCustomerAndReasonTwice_ListedOnce()
    {
        DisputeRow[] rows = [Row(customer: "C-1"), Row(customer: "c-1", state: DisputeState.Closed), Row(customer: "C-1", reason: "freight"), Row(customer: "C-2")];

        var offender = Assert.Single(ReasonReport.RepeatOffenders(rows));

        Assert.Equal(("pricing", 2, 1), (offender.Reason, offender.Count, offender.Open));
        Assert.Equal(4, ReasonReport.TopReasons(rows).Sum(r => r.Total));
    }

    [Fact]
    public void MailboxTrafficBuild_IgnoredMail_NotCounted()
    {
        ProcessedMessage M(string mailbox, string? label, ProcessingState state = ProcessingState.Acted, bool review = false) =>
            new() { MailboxId = mailbox, SourceId = Guid.NewGuid().ToString("N"), Label = label, State = state, NeedsReview = review };

        var traffic = MailboxTrafficReport.Build([M("ar-us", "dispute"), M("ar-us", "dispute", review: true), M("AR-US", "other"), M("ar-us", null, ProcessingState.Ignored)]);

        Assert.Equal([("ar-us", "dispute", 2, 1), ("ar-us", "other", 1, 0)], traffic.Select(t => (t.MailboxId, t.Intent, t.Messages, t.NeedsReview)));
    }

    [Fact]
    public void SlaTextCountdown_OverdueAndDue_ReadsAsPeopleSayIt()
    {
        Assert.Equal("acknowledge overdue by 1d 3h", SlaText.Countdown(Row(due: Now - Duration.FromHours(27)) with { NextDueClock = MailTriage.Routing.Sla.SlaClockKind.Acknowledge }, Now));
        Assert.Equal("resolve due in 2h 15m", SlaText.Countdown(Row(due: Now + Duration.FromMinutes(135)) with { NextDueClock = MailTriage.Routing.Sla.SlaClockKind.Resolve }, Now));
    }
}

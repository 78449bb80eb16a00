using MailTriage.Routing.Disputes;
using MailTriage.Worker.Reports;
using NodaTime;
using static MailTriage.Worker.Tests.Reports.ReportsTestData;

namespace MailTriage.Worker.Tests.Reports;

public sealed class DisputeFilterTests
{
    [Fact]
    public void Apply_Default_LeavesOutClosedAndSortsBySoonestDeadline()
    {
        var late = Row(overdue: true);
        var later = Row(due: Now + Duration.FromDays(5));
        var closed = Row(state: DisputeState.Closed);

        var rows = new DisputeFilter().Apply([later, closed, late], Now);

        Assert.Equal([late.Id, later.Id], rows.Select(r => r.Id));
    }

    [Fact]
    public void Apply_OverdueOnly_ReturnsOnlyBreached()
    {
        var late = Row(overdue: true);

        Assert.Equal([late.Id], new DisputeFilter { OverdueOnly = true }.Apply([late, Row()], Now).Select(r => r.Id));
    }

    [Fact]
    public void Apply_DueWithin_IncludesOverdueAndSoonExcludesLater()
    {
        var late = Row(overdue: true);
        var soon = Row(due: Now + Duration.FromHours(3));
        var later = Row(due: Now + Duration.FromDays(2));

        var rows = new DisputeFilter { DueWithin = Duration.FromHours(4) }.Apply([later, soon, late], Now);

        Assert.Equal([late.Id, soon.Id], rows.Select(r => r.Id));
    }

    [Fact]
    public void Matches_OwnerTeamReasonCustomer_CaseInsensitive()
    {
        var row = Row(owner: "Elena.Ortiz@fabrikam.example", team: "pricing", reason: "quantity_shortage", customer: "C-300002") with { CustomerName = "Tessaro Foods" };

        Assert.True(new DisputeFilter { Owner = "elena.ortiz@FABRIKAM.example", Team = "PRICING", Reason = "Quantity_Shortage", Customer = "tessaro" }.Matches(row, Now));
        Assert.False(new DisputeFilter { Owner = "marcus.lee@fabrikam.example" }.Matches(row, Now));
    }

    [Fact]
    public void Matches_StateAsked_IncludesClosed()
    {
        Assert.True(new DisputeFilter { State = DisputeState.Closed }.Matches(Row(state: DisputeState.Closed), Now));
    }
}

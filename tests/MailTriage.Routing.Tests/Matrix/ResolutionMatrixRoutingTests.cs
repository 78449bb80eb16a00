using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Tests.TestSupport;
using MailTriage.TestUtils;

namespace MailTriage.Routing.Tests.Matrix;

public sealed class ResolutionMatrixRoutingTests
{
    private static readonly ResolutionMatrix Matrix = TestMatrix.Load();

    private static RoutingDecision Route(string? reason, string? region = "US", decimal? amount = 1200m, string? account = null, string? domain = "customer.example") =>
        Matrix.Route(new DisputeRoutingQuery(reason, region, amount, account, domain));

    [Fact]
    public void Route_PricingDispute_GoesToPricingOnStandardSla()
    {
        var decision = Route("pricing");

        Assert.Equal((2, "pricing", "standard", DisputePriority.Normal), (decision.Rule.Row, decision.Team.Id, decision.Policy.Id, decision.Priority));
        Assert.Equal("us-central", decision.Calendar.Id);
        Assert.Contains("matrix row 2", decision.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(49999.99, 2)]
    [InlineData(50000, 3)]
    [InlineData(900000, 3)] // reason + amount beats region + amount
    public void Route_PricingByAmount_BandDecides(double amount, int expectedRow)
    {
        Assert.Equal(expectedRow, Route("pricing", amount: (decimal)amount).Rule.Row);
    }

    [Fact]
    public void Route_NoAmountExtracted_SkipsBandedRows()
    {
        Assert.Equal(2, Route("pricing", amount: null).Rule.Row);
    }

    [Fact]
    public void Route_KeyAccountByDomainOrSubdomain_CustomerRowWins()
    {
        Assert.Equal(1, Route("pricing", domain: "bigboxmart.example").Rule.Row);
        Assert.Equal(1, Route("freight", domain: "ap.bigboxmart.example").Rule.Row);
        Assert.Equal(1, Route("tax", domain: "other.example", account: "C-100045").Rule.Row);
        Assert.Equal(6, Route("tax", domain: "notbigboxmart.example").Rule.Row);
    }

    [Fact]
    public void Route_RegionOnlyRow_AppliesToReasonsWithoutTheirOwnRow()
    {
        Assert.Equal("sales-es", Route("freight", region: "es").Team.Id);
        Assert.Equal("pricing", Route("pricing", region: "ES").Team.Id);
    }

    [Fact]
    public void Route_LargeOtherDisputeInUs_GoesToCredit()
    {
        var decision = Route("other", amount: 300000m);

        Assert.Equal(("credit", DisputePriority.Urgent), (decision.Team.Id, decision.Priority));
    }

    [Theory]
    [InlineData("BR")]
    [InlineData(null)]
    public void Route_UnknownOrMissingRegion_FallsToRowsWithoutRegion(string? region)
    {
        Assert.Equal(6, Route("freight", region: region).Rule.Row);
    }

    [Fact]
    public void Route_UnknownReason_RoutesAsOther()
    {
        Assert.Equal(6, Route("weather").Rule.Row);
    }

    [Fact]
    public void Route_ExampleMatrixScenarios_PickExpectedTeams()
    {
        var example = ResolutionMatrixLoader.LoadOrThrow(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml")));
        string Team(string reason, string? region, decimal? amount = 500m, string? domain = "shop.example") =>
            example.Route(new DisputeRoutingQuery(reason, region, amount, null, domain)).Team.Id;

        Assert.Equal("tax-mx", Team("tax", "MX"));
        Assert.Equal("logistics-es", Team("damaged_or_defective", "ES"));
        Assert.Equal("logistics-na", Team("not_received", "MX"));
        Assert.Equal("credit", Team("duplicate_billing", "US", 150000m));
        Assert.Equal("customer-service-mx", Team("duplicate_billing", "MX", 150000m)); // MXN threshold is higher
        Assert.Equal("sales-us", Team("pricing", "US", 10m, "bigboxmart.example"));
        Assert.Equal("customer-service-us", Team("freight", "MX", 10m, "bigboxmart.example"));
        Assert.Equal("customer-service-us", Team("tax", null));
        Assert.Equal("sales-es", Team("promotion_allowance", "ES"));
    }

    [Fact]
    public void ContactsFor_MemberWithOwnManager_UsesIt()
    {
        var contacts = Matrix.ContactsFor("pricing", "elena.ortiz@fabrikam.example");

        Assert.Equal("Elena Ortiz", contacts.Owner.Name);
        Assert.Equal("Grace Kim", contacts.OwnerManager.Name);
        Assert.Equal("dana.whitfield@fabrikam.example", contacts.For(EscalationRecipient.ArManager).Email);
    }

    [Fact]
    public void ContactsFor_MemberWithoutManager_UsesTeamManager()
    {
        Assert.Equal("priya.raman@fabrikam.example", Matrix.ContactsFor("pricing", "marcus.lee@fabrikam.example").OwnerManager.Email);
    }

    [Fact]
    public void ContactsFor_ManagerOwnsTheCase_EscalatesToArManager()
    {
        var contacts = Matrix.ContactsFor("pricing", "priya.raman@fabrikam.example");

        Assert.Equal("dana.whitfield@fabrikam.example", contacts.OwnerManager.Email);
    }

    [Fact]
    public void SlaContextFor_PolicyRemovedFromMatrix_FallsBackToCatchAll()
    {
        var (policy, calendar) = Matrix.SlaContextFor(new DisputeRouting("gone", "retired-policy", "gone-calendar", DisputePriority.Normal, 9));

        Assert.Equal(("standard", "us-central"), (policy.Id, calendar.Id));
    }
}

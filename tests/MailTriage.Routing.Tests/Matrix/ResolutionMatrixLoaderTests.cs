using MailTriage.Routing.Matrix;
using MailTriage.Routing.Tests.TestSupport;
using MailTriage.TestUtils;

namespace MailTriage.Routing.Tests.Matrix;

public sealed class ResolutionMatrixLoaderTests
{
    private static IReadOnlyList<MatrixProblem> Problems(string yaml)
    {
        var result = ResolutionMatrixLoader.Load(yaml);
        Assert.False(result.IsValid);
        Assert.Null(result.Matrix);
        return result.Problems;
    }

    private static MatrixProblem Single(string yaml, string fragment)
    {
        var problems = Problems(yaml);
        return Assert.Single(problems, p => p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ValidMatrix_HasNoProblems()
    {
        var result = ResolutionMatrixLoader.Load(TestMatrix.Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(6, result.Matrix!.Rules.Count);
        Assert.Equal(4, result.Matrix.Teams.Count);
    }

    [Fact]
    public void Load_ExampleMatrixInRepository_IsValid()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml"));

        var result = ResolutionMatrixLoader.Load(text);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["US", "MX", "ES"], result.Matrix!.Regions);
        Assert.Contains(result.Matrix.Calendars.Values, c => c.Holidays.Any(h => h.Date.Year == 2027));
    }

    [Fact]
    public void Load_SameMatrixAsJson_IsValid()
    {
        const string json = """
            {
              "arManager": { "name": "Dana Whitfield", "email": "dana.whitfield@fabrikam.example" },
              "regions": ["US"],
              "calendars": [ { "id": "us", "timeZone": "America/Chicago", "workingHours": { "weekdays": ["09:00-17:00"] }, "holidays": ["2026-12-25 Christmas Day"] } ],
              "slaPolicies": [ { "id": "standard", "acknowledgeWithin": "4 business hours", "resolveWithin": "5 business days", "warnAt": "75%" } ],
              "teams": [ { "id": "cs", "name": "Customer Service", "calendar": "us",
                           "manager": { "name": "Olivia Grant", "email": "olivia.grant@fabrikam.example" },
                           "members": [ { "name": "Ben Carter", "email": "ben.carter@fabrikam.example", "timeZone": "America/Chicago", "capacity": 30 } ] } ],
              "rules": [ { "reasons": ["tax"], "regions": ["US"], "team": "cs", "sla": "standard" }, { "team": "cs", "sla": "standard" } ]
            }
            """;

        var result = ResolutionMatrixLoader.Load(json);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Load_UnknownReason_ReportsRuleRowAndKnownReasons()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing, shortage]
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "unknown reason 'shortage'");

        Assert.Equal(1, problem.Row);
        Assert.Contains("quantity_shortage", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("rule 1 (line ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTeam_ReportsRuleRow()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - team: customer-service
                sla: standard
              - reasons: [tax]
                team: tax-team
                sla: standard
            """), "unknown team 'tax-team'");

        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void Load_UnknownSlaPolicy_ReportsRuleRow()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - reasons: [tax]
                team: pricing
                sla: platinum
              - team: customer-service
                sla: standard
            """), "unknown SLA policy 'platinum'");

        Assert.Equal(1, problem.Row);
    }

    [Fact]
    public void Load_UnknownRegion_Reported()
    {
        Single(TestMatrix.WithRules("""
            rules:
              - regions: [BR]
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "unknown region 'BR'");
    }

    [Fact]
    public void Load_MissingCatchAll_Reported()
    {
        Single(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing]
                team: pricing
                sla: standard
            """), "no catch-all row");
    }

    [Fact]
    public void Load_NegativeAmountBand_Reported()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing]
                amount: { from: -100, below: 5000 }
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "negative bound");

        Assert.Equal(1, problem.Row);
    }

    [Fact]
    public void Load_InvertedAmountBand_Reported()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - team: customer-service
                sla: standard
              - reasons: [pricing]
                amount: { from: 50000, below: 10000 }
                team: pricing
                sla: standard
            """), "inverted or empty");

        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void Load_OverlappingRowsOfEqualSpecificity_ReportsBothRowsAndExample()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing, contract_terms]
                regions: [US]
                team: pricing
                sla: standard
              - reasons: [contract_terms, tax]
                regions: [US, ES]
                team: customer-service
                sla: standard
              - team: customer-service
                sla: standard
            """), "overlaps rule 1");

        Assert.Equal(2, problem.Row);
        Assert.Contains("reason contract_terms", problem.Message, StringComparison.Ordinal);
        Assert.Contains("region US", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingAmountBands_Reported()
    {
        var problem = Single(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing]
                amount: { from: 0, below: 10000 }
                team: pricing
                sla: standard
              - reasons: [pricing]
                amount: { from: 5000 }
                team: pricing
                sla: expedited
              - team: customer-service
                sla: standard
            """), "overlaps rule 1");

        Assert.Contains("amounts 5,000 to below 10,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AdjacentAmountBands_AreNotAnOverlap()
    {
        var result = ResolutionMatrixLoader.Load(TestMatrix.WithRules("""
            rules:
              - reasons: [pricing]
                amount: { below: 10000 }
                team: pricing
                sla: standard
              - reasons: [pricing]
                amount: { from: 10000 }
                team: pricing
                sla: expedited
              - team: customer-service
                sla: standard
            """));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Load_TwoCatchAlls_ReportedAsOverlap()
    {
        Single(TestMatrix.WithRules("""
            rules:
              - team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "overlaps rule 1 (line");
    }

    [Fact]
    public void Load_CustomerRowShadowedByCustomerReasonRow_ReportedUnreachable()
    {
        var all = string.Join(", ", MailTriage.Routing.Disputes.DisputeReasonCodes.All);
        var problem = Single(TestMatrix.WithRules($$"""
            rules:
              - customers: { accounts: [C-100045] }
                reasons: [{{all}}]
                team: credit
                sla: expedited
              - customers: { accounts: [C-100045] }
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "is unreachable");

        Assert.Equal(2, problem.Row);
        Assert.Contains("rule(s) 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomerRowPartlyShadowed_IsReachable()
    {
        var allButOther = string.Join(", ", MailTriage.Routing.Disputes.DisputeReasonCodes.All.Where(r => r != "other"));
        var result = ResolutionMatrixLoader.Load(TestMatrix.WithRules($$"""
            rules:
              - customers: { accounts: [C-100045] }
                reasons: [{{allButOther}}]
                team: credit
                sla: expedited
              - customers: { accounts: [C-100045] }
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Load_RegionRowCoveredForEveryReason_ReportedUnreachable()
    {
        var reasons = string.Join("\n", MailTriage.Routing.Disputes.DisputeReasonCodes.All.Select(r => $"""
              - reasons: [{r}]
                team: pricing
                sla: standard
            """));
        var problem = Single(TestMatrix.WithRules($$"""
            rules:
            {{reasons}}
              - regions: [ES]
                amount: { from: 100 }
                team: sales-es
                sla: standard
              - team: customer-service
                sla: standard
            """), "is unreachable");

        Assert.Equal(11, problem.Row);
        Assert.DoesNotContain(Problems(TestMatrix.WithRules($$"""
            rules:
            {{reasons}}
              - regions: [ES]
                amount: { from: 100 }
                team: sales-es
                sla: standard
              - team: customer-service
                sla: standard
            """)), p => p.Row == 12);
    }

    [Fact]
    public void Load_UnknownCalendarOnTeam_Reported()
    {
        var yaml = TestMatrix.Valid.Replace("calendar: es-madrid", "calendar: es-barcelona", StringComparison.Ordinal);

        var problem = Single(yaml, "unknown calendar 'es-barcelona'");

        Assert.Equal("teams", problem.Section);
        Assert.Equal(3, problem.Row);
    }

    [Fact]
    public void Load_UnknownTimeZone_Reported()
    {
        var yaml = TestMatrix.Valid.Replace("timeZone: Europe/Madrid\n", "timeZone: CET+1\n", StringComparison.Ordinal);

        var problem = Single(yaml, "unknown time zone 'CET+1'");

        Assert.Equal("calendars", problem.Section);
    }

    [Fact]
    public void Load_MisspeltKey_ReportedInsteadOfMeaningAny()
    {
        Single(TestMatrix.WithRules("""
            rules:
              - reason: [pricing]
                team: pricing
                sla: standard
              - team: customer-service
                sla: standard
            """), "unknown key 'reason'");
    }

    [Fact]
    public void Load_ManyMistakes_ReportsEveryProblemAtOnceWithLines()
    {
        var yaml = TestMatrix.Header.Replace("resolveWithin: 3 business days", "resolveWithin: soon", StringComparison.Ordinal)
            + "\n" + """
            rules:
              - reasons: [prcing]
                team: pricing
                sla: standard
              - reasons: [tax]
                team: taxes
                sla: standard
              - reasons: [pricing]
                amount: { from: 10, below: 5 }
                team: pricing
                sla: gold
            """;

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Message.Contains("'resolveWithin' must be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 1 && p.Message.Contains("unknown reason 'prcing'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 2 && p.Message.Contains("unknown team 'taxes'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 3 && p.Message.Contains("inverted", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 3 && p.Message.Contains("unknown SLA policy 'gold'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("no catch-all", StringComparison.Ordinal));
        Assert.All(problems.Where(p => p.Row is not null), p => Assert.NotNull(p.Line));
        var exception = Assert.Throws<ResolutionMatrixException>(() => ResolutionMatrixLoader.LoadOrThrow(yaml));
        Assert.Equal(problems.Count, exception.Problems.Count);
    }

    [Fact]
    public void Load_RuleLine_PointsAtTheRowInTheFile()
    {
        var yaml = TestMatrix.WithRules("""
            rules:
              - team: customer-service
                sla: standard
              - reasons: [tax]
                team: nobody
                sla: standard
            """);
        var expectedLine = yaml.Split('\n').ToList().FindIndex(l => l.Contains("reasons: [tax]", StringComparison.Ordinal)) + 1;

        var problem = Single(yaml, "unknown team 'nobody'");

        Assert.Equal(expectedLine + 1, problem.Line);
    }

    [Fact]
    public void Load_BadTeamMemberData_ReportsEachProblem()
    {
        var yaml = TestMatrix.Valid.Replace(
            "- { name: Ben Carter, email: ben.carter@fabrikam.example, timeZone: America/Chicago }",
            "- { name: Ben Carter, email: ben.carter, timeZone: America/Chicgo, capacity: 0, outOfOffice: [\"2026-07-10 to 2026-07-01\"] }",
            StringComparison.Ordinal);

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Message.Contains("not an email address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("unknown time zone 'America/Chicgo'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("capacity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("ends before it starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadCalendarEntries_ReportsHoursAndHolidays()
    {
        var yaml = TestMatrix.Valid
            .Replace("weekdays: [\"08:00-12:00\", \"13:00-17:00\"]", "weekdays: [\"08:00-12:00\", \"11:00-17:00\"]\n      funday: [\"10:00-11:00\"]", StringComparison.Ordinal)
            .Replace("- 2026-11-26 Thanksgiving Day", "- 26/11/2026 Thanksgiving Day", StringComparison.Ordinal);

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Message.Contains("overlap", StringComparison.Ordinal) && p.Section == "calendars");
        Assert.Contains(problems, p => p.Message.Contains("unknown day 'funday'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("must start with a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadPolicy_ReportsWarnAtAndLadder()
    {
        var yaml = TestMatrix.Valid.Replace(
            "    acknowledgeWithin: 2 business hours\n",
            "    acknowledgeWithin: 2 business hours\n    warnAt: 120%\n    escalation:\n      - { after: 1 business day, notify: manager }\n      - { after: 2 business hours, notify: ceo }\n      - { after: 4 business hours, notify: owner }\n",
            StringComparison.Ordinal);

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Message.Contains("'warnAt'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("notify' must be owner, manager or ar-manager", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("ascending order", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateIds_Reported()
    {
        var yaml = TestMatrix.Valid.Replace("  - id: expedited\n", "  - id: standard\n", StringComparison.Ordinal);

        Single(yaml, "SLA policy id 'standard' is used twice");
    }

    [Fact]
    public void Load_NotYaml_ReportsLine()
    {
        var problem = Assert.Single(Problems("rules: [\n  - team: x\n  oops: {"));

        Assert.Equal("file", problem.Section);
        Assert.NotNull(problem.Line);
    }
}

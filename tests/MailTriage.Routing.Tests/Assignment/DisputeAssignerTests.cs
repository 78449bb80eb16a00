using MailTriage.Routing.Assignment;
using MailTriage.Routing.Teams;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;

namespace MailTriage.Routing.Tests.Assignment;

public sealed class DisputeAssignerTests
{
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly DateTimeZone Madrid = DateTimeZoneProviders.Tzdb["Europe/Madrid"];
    private static readonly Instant Now = TestCalendars.UsCentral.At("2026-07-08 10:00");

    private static TeamMember Member(string name, int capacity = 10, DateTimeZone? zone = null, params AbsenceRange[] away) =>
        new(name, $"{name.ToLowerInvariant()}@fabrikam.example", zone ?? Chicago, null, capacity, away);

    private static Team Team(params TeamMember[] members) =>
        new("pricing", "Pricing", "us-central", new Contact("Priya Raman", "priya.raman@fabrikam.example"), members);

    private static Dictionary<string, int> Load(params (string Name, int Open)[] loads) =>
        loads.ToDictionary(l => $"{l.Name.ToLowerInvariant()}@fabrikam.example", l => l.Open, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Assign_DifferentLoads_PicksLeastLoaded()
    {
        var result = DisputeAssigner.Assign(Team(Member("Ana"), Member("Ben"), Member("Cy")), Load(("Ana", 5), ("Ben", 2), ("Cy", 4)), Now, RoundRobinState.Empty);

        Assert.Equal("ben@fabrikam.example", result.Owner.Email);
        Assert.Equal("priya.raman@fabrikam.example", result.Owner.ManagerEmail);
        Assert.False(result.FellBackToManager);
    }

    [Fact]
    public void Assign_PartTimerWithHalfCapacity_ComparedByUtilisation()
    {
        // Ana carries 4 of 8 (50 %), Ben 6 of 20 (30 %): Ben is the less busy one.
        var result = DisputeAssigner.Assign(Team(Member("Ana", capacity: 8), Member("Ben", capacity: 20)), Load(("Ana", 4), ("Ben", 6)), Now, RoundRobinState.Empty);

        Assert.Equal("ben@fabrikam.example", result.Owner.Email);
    }

    [Fact]
    public void Assign_MemberOutOfOffice_Skipped()
    {
        var team = Team(Member("Ana", away: new AbsenceRange(new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 17))), Member("Ben"));

        var result = DisputeAssigner.Assign(team, Load(("Ana", 0), ("Ben", 9)), Now, RoundRobinState.Empty);

        Assert.Equal("ben@fabrikam.example", result.Owner.Email);
    }

    [Fact]
    public void Assign_AbsenceEndsInMembersOwnTimeZone_AvailableFromTheirMidnight()
    {
        // 17 July 23:30 in Chicago is already 18 July in Madrid: the Madrid member is back, the Chicago one is not.
        var lateEvening = TestCalendars.UsCentral.At("2026-07-17 23:30");
        var away = new AbsenceRange(new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 17));
        var team = Team(Member("Ana", zone: Chicago, away: away), Member("Ben", zone: Madrid, away: away));

        var result = DisputeAssigner.Assign(team, Load(), lateEvening, RoundRobinState.Empty);

        Assert.Equal("ben@fabrikam.example", result.Owner.Email);
    }

    [Fact]
    public void Assign_MemberAtCapacity_Skipped()
    {
        var result = DisputeAssigner.Assign(Team(Member("Ana", capacity: 3), Member("Ben", capacity: 30)), Load(("Ana", 3), ("Ben", 29)), Now, RoundRobinState.Empty);

        Assert.Equal("ben@fabrikam.example", result.Owner.Email);
    }

    [Fact]
    public void Assign_EveryoneAwayOrFull_FallsBackToTeamManager()
    {
        var away = new AbsenceRange(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 31));
        var team = Team(Member("Ana", away: away), Member("Ben", capacity: 2));

        var result = DisputeAssigner.Assign(team, Load(("Ben", 2)), Now, RoundRobinState.Empty);

        Assert.True(result.FellBackToManager);
        Assert.Equal("priya.raman@fabrikam.example", result.Owner.Email);
        Assert.Contains("nobody", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_EmptyTeam_FallsBackToTeamManager()
    {
        Assert.True(DisputeAssigner.Assign(Team(), Load(), Now, RoundRobinState.Empty).FellBackToManager);
    }

    [Fact]
    public void Assign_TiedLoads_RotatesRoundRobinInTeamOrder()
    {
        var team = Team(Member("Ana"), Member("Ben"), Member("Cy"));
        var state = RoundRobinState.Empty;
        var picks = new List<string>();

        for (var i = 0; i < 6; i++)
        {
            var result = DisputeAssigner.Assign(team, Load(), Now, state);
            picks.Add(result.Owner.Name);
            state = result.RoundRobin;
        }

        Assert.Equal(["Ana", "Ben", "Cy", "Ana", "Ben", "Cy"], picks);
    }

    [Fact]
    public void Assign_ManyDisputesWithRealLoadFeedback_SpreadsEvenly()
    {
        var team = Team(Member("Ana", capacity: 50), Member("Ben", capacity: 50), Member("Cy", capacity: 50), Member("Di", capacity: 50));
        var load = Load(("Ana", 7)); // Ana starts with a backlog
        var state = RoundRobinState.Empty;

        for (var i = 0; i < 41; i++)
        {
            var result = DisputeAssigner.Assign(team, load, Now, state);
            load[result.Owner.Email] = load.GetValueOrDefault(result.Owner.Email) + 1;
            state = result.RoundRobin;
        }

        Assert.Equal([12, 12, 12, 12], team.Members.Select(m => load[m.Email]));
    }

    [Fact]
    public void Assign_TieAfterLastAssignedLeftTeam_StartsFromTop()
    {
        var state = RoundRobinState.Empty.With("pricing", "gone@fabrikam.example");

        var result = DisputeAssigner.Assign(Team(Member("Ana"), Member("Ben")), Load(), Now, state);

        Assert.Equal("Ana", result.Owner.Name);
    }

    [Fact]
    public void Assign_ExcludingCurrentOwner_PicksSomeoneElse()
    {
        var result = DisputeAssigner.Assign(Team(Member("Ana"), Member("Ben")), Load(("Ben", 5)), Now, RoundRobinState.Empty, exclude: "ana@fabrikam.example");

        Assert.Equal("Ben", result.Owner.Name);
    }

    [Fact]
    public void Assign_SameInputs_SameAnswer()
    {
        var team = Team(Member("Ana"), Member("Ben"));
        var state = RoundRobinState.Empty.With("pricing", "ana@fabrikam.example");

        var first = DisputeAssigner.Assign(team, Load(), Now, state);
        var second = DisputeAssigner.Assign(team, Load(), Now, state);

        Assert.Equal((first.Owner, first.Explanation), (second.Owner, second.Explanation));
        Assert.Equal("ben@fabrikam.example", first.RoundRobin.LastAssigned("pricing"));
        Assert.Equal("ana@fabrikam.example", state.LastAssigned("pricing"));
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Teams;
using NodaTime;

namespace MailTriage.Routing.Assignment;

/// <summary>
/// Picks an owner inside a team: members who are out of office or at capacity are skipped; among the rest the
/// least loaded relative to capacity wins (a part-timer with capacity 10 is as busy at 5 open cases as a full-timer
/// with 20 at 10); ties go round-robin in the order the matrix lists the members; with nobody available the team
/// manager takes the case. Pure: loads, time and round-robin state come in, the decision goes out.
/// </summary>
public static class DisputeAssigner
{
    /// <param name="openLoad">Open disputes per member email (missing means none).</param>
    /// <param name="exclude">A member not to pick, e.g. the current owner on reassignment.</param>
    public static AssignmentResult Assign(Team team, IReadOnlyDictionary<string, int> openLoad, Instant now, RoundRobinState roundRobin, string? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(team);
        int LoadOf(TeamMember m) => openLoad.TryGetValue(m.Email, out var n) ? n : 0;

        var candidates = team.Members
            .Select((member, index) => (member, index, load: LoadOf(member)))
            .Where(c => !string.Equals(c.member.Email, exclude, StringComparison.OrdinalIgnoreCase))
            .Where(c => !c.member.IsAwayAt(now) && c.load < c.member.Capacity)
            .ToList();

        if (candidates.Count == 0)
        {
            var manager = new DisputeOwner(team.Manager.Name, team.Manager.Email, team.Id, ManagerEmail: null, IsManagerFallback: true);
            return new AssignmentResult(manager, $"nobody in {team.Name} is available (away or at capacity); the team manager takes it", roundRobin);
        }

        // Compare load/capacity without floating point: a/b < c/d  <=>  a*d < c*b.
        var best = candidates[0];
        foreach (var c in candidates.Skip(1))
        {
            if ((long)c.load * best.member.Capacity < (long)best.load * c.member.Capacity)
            {
                best = c;
            }
        }

        var tied = candidates.Where(c => (long)c.load * best.member.Capacity == (long)best.load * c.member.Capacity).ToList();
        var chosen = tied.Count == 1 ? tied[0] : NextAfter(tied, team, roundRobin.LastAssigned(team.Id));
        var member = chosen.member;
        var owner = new DisputeOwner(member.Name, member.Email, team.Id, member.ManagerEmail ?? team.Manager.Email);
        var why = tied.Count == 1
            ? $"least loaded in {team.Name} ({chosen.load}/{member.Capacity} open)"
            : $"tied with {tied.Count - 1} other(s) at the lowest load in {team.Name}; next in round-robin";
        return new AssignmentResult(owner, why, roundRobin.With(team.Id, member.Email));
    }

    private static (TeamMember member, int index, int load) NextAfter(List<(TeamMember member, int index, int load)> tied, Team team, string? last)
    {
        var lastIndex = last is null ? -1 : team.Members.ToList().FindIndex(m => string.Equals(m.Email, last, StringComparison.OrdinalIgnoreCase));
        return tied.FirstOrDefault(c => c.index > lastIndex) is { member: not null } next ? next : tied[0];
    }
}

using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix.Loading;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Teams;

namespace MailTriage.Routing.Matrix;

/// <summary>
/// The AR team's routing table: dispute reason × region × amount band × customer → owner team, SLA policy and
/// priority. Only a validated matrix exists (see <see cref="ResolutionMatrixLoader"/>), so <see cref="Route"/> always
/// finds exactly one most specific row.
/// </summary>
public sealed class ResolutionMatrix
{
    internal ResolutionMatrix(
        Contact arManager,
        IReadOnlyList<string> regions,
        IReadOnlyDictionary<string, BusinessCalendar> calendars,
        IReadOnlyDictionary<string, SlaPolicy> policies,
        IReadOnlyDictionary<string, Team> teams,
        IReadOnlyList<ResolutionRule> rules)
    {
        ArManager = arManager;
        Regions = regions;
        Calendars = calendars;
        Policies = policies;
        Teams = teams;
        Rules = rules;
    }

    public Contact ArManager { get; }

    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    public IReadOnlyDictionary<string, SlaPolicy> Policies { get; }

    public IReadOnlyDictionary<string, Team> Teams { get; }

    public IReadOnlyList<ResolutionRule> Rules { get; }

    public ResolutionRule CatchAll => Rules.First(r => r.IsCatchAll);

    /// <summary>Loads and validates a matrix document (YAML or JSON) or throws with every problem found.</summary>
    public static ResolutionMatrix Parse(string text) => ResolutionMatrixLoader.LoadOrThrow(text);

    public RoutingDecision Route(DisputeRoutingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reason = DisputeReasonCodes.Normalise(query.Reason);
        var region = string.IsNullOrWhiteSpace(query.Region) ? null : query.Region.Trim().ToUpperInvariant();
        var domain = query.CustomerDomain?.Trim().TrimStart('@').ToLowerInvariant();
        var account = query.CustomerAccount?.Trim();

        ResolutionRule? best = null;
        foreach (var rule in Rules)
        {
            if (rule.Matches(reason, region, query.Amount, account, domain) && (best is null || rule.Specificity > best.Specificity))
            {
                best = rule;
            }
        }

        var winner = best ?? CatchAll;
        var team = Teams[winner.TeamId];
        return new RoutingDecision(winner, team, Policies[winner.SlaPolicyId], Calendars[team.CalendarId]);
    }

    /// <summary>
    /// Policy and calendar for a dispute's clocks, by the ids stored on it. If a later matrix edit removed either,
    /// the catch-all row's are used so the clocks keep running rather than the worker stopping.
    /// </summary>
    public (SlaPolicy Policy, BusinessCalendar Calendar) SlaContextFor(DisputeRouting routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        var fallback = CatchAll;
        var policy = Policies.GetValueOrDefault(routing.SlaPolicyId) ?? Policies[fallback.SlaPolicyId];
        var calendar = Calendars.GetValueOrDefault(routing.CalendarId) ?? Calendars[Teams[fallback.TeamId].CalendarId];
        return (policy, calendar);
    }

    /// <summary>Turns the escalation roles of a dispute into people. An owner who is the team manager escalates to the AR manager.</summary>
    public EscalationContacts ContactsFor(string teamId, string? ownerEmail)
    {
        var team = Teams.GetValueOrDefault(teamId);
        var managerOfTeam = team?.Manager ?? ArManager;
        if (ownerEmail is null)
        {
            return new EscalationContacts(managerOfTeam, ArManager, ArManager);
        }

        var member = team?.FindMember(ownerEmail) ?? Teams.Values.Select(t => t.FindMember(ownerEmail)).FirstOrDefault(m => m is not null);
        var owner = member is not null ? new Contact(member.Name, member.Email) : FindPerson(ownerEmail) ?? new Contact(ownerEmail, ownerEmail);
        if (string.Equals(owner.Email, managerOfTeam.Email, StringComparison.OrdinalIgnoreCase))
        {
            return new EscalationContacts(owner, ArManager, ArManager);
        }

        var ownerManager = member?.ManagerEmail is { } email ? FindPerson(email) ?? new Contact(email, email) : managerOfTeam;
        return new EscalationContacts(owner, ownerManager, ArManager);
    }

    private Contact? FindPerson(string email)
    {
        if (string.Equals(ArManager.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            return ArManager;
        }

        foreach (var team in Teams.Values)
        {
            if (string.Equals(team.Manager.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                return team.Manager;
            }

            if (team.FindMember(email) is { } member)
            {
                return new Contact(member.Name, member.Email);
            }
        }

        return null;
    }
}

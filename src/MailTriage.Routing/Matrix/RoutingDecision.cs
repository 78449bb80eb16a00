using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Teams;

namespace MailTriage.Routing.Matrix;

/// <summary>The matrix's answer for one dispute: which row won, and the team, SLA policy, calendar and priority it names.</summary>
public sealed record RoutingDecision(ResolutionRule Rule, Team Team, SlaPolicy Policy, BusinessCalendar Calendar)
{
    public DisputePriority Priority => Rule.Priority;

    public string Explanation => $"matrix row {Rule.Row} ({Rule.Describe()}) → {Team.Name}, SLA '{Policy.Id}', {Priority} priority";

    public DisputeRouting ToDisputeRouting() => new(Team.Id, Policy.Id, Calendar.Id, Rule.Priority, Rule.Row);
}

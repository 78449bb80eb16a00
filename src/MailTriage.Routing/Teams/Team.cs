namespace MailTriage.Routing.Teams;

/// <summary>An owner team of the resolution matrix (pricing, logistics, tax, ...).</summary>
/// <param name="CalendarId">The business calendar its SLA clocks run on.</param>
/// <param name="Manager">Takes disputes when nobody is available, and is the default escalation contact.</param>
public sealed record Team(string Id, string Name, string CalendarId, Contact Manager, IReadOnlyList<TeamMember> Members)
{
    public TeamMember? FindMember(string email) =>
        Members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
}

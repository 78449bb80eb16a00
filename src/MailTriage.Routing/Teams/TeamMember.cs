using NodaTime;

namespace MailTriage.Routing.Teams;

/// <summary>Someone who can own disputes.</summary>
/// <param name="TimeZone">Where the member works; absences are whole days in this zone.</param>
/// <param name="ManagerEmail">Escalation contact for this member; the team manager when null.</param>
/// <param name="Capacity">Open disputes the member can carry; nobody is assigned beyond it.</param>
public sealed record TeamMember(
    string Name,
    string Email,
    DateTimeZone TimeZone,
    string? ManagerEmail,
    int Capacity,
    IReadOnlyList<AbsenceRange> OutOfOffice)
{
    public bool IsAwayAt(Instant instant)
    {
        var today = instant.InZone(TimeZone).Date;
        return OutOfOffice.Any(range => range.Contains(today));
    }
}

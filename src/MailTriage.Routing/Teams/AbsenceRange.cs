using NodaTime;

namespace MailTriage.Routing.Teams;

/// <summary>Out of office from <paramref name="From"/> to <paramref name="To"/>, both whole local days included.</summary>
public sealed record AbsenceRange(LocalDate From, LocalDate To)
{
    public bool Contains(LocalDate date) => From <= date && date <= To;
}

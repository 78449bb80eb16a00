using NodaTime;

namespace MailTriage.Routing.Calendars;

/// <summary>A whole local day off (public holiday, company closure). Half-days are not modelled.</summary>
public sealed record Holiday(LocalDate Date, string Name);

namespace MailTriage.Routing.Teams;

/// <summary>A person MailTriage may write to (team manager, AR manager).</summary>
public sealed record Contact(string Name, string Email);

namespace MailTriage.Routing.Disputes;

/// <summary>The person working a dispute, with what escalation needs to know about them.</summary>
/// <param name="IsManagerFallback">True when nobody in the team was available and the team manager took it.</param>
public sealed record DisputeOwner(string Name, string Email, string TeamId, string? ManagerEmail, bool IsManagerFallback = false)
{
    public bool Is(string? email) => email is not null && string.Equals(Email, email, StringComparison.OrdinalIgnoreCase);
}

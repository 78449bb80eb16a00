using MailTriage.Routing.Disputes;

namespace MailTriage.Worker.Desk;

/// <summary>A person's request to act on a dispute, from the CLI or the dashboard.</summary>
/// <param name="Actor">E-mail (or login) of the person acting; recorded on the event for the audit trail.</param>
/// <param name="OwnerEmail">New owner for assign/reassign; a reassign without one goes to the next available team member.</param>
public sealed record DisputeCommand(string DisputeId, DisputeAction Action, string Actor, string? Note, string? OwnerEmail = null, string? CreditMemoNumber = null);

/// <summary>What happened: either the event that was recorded, or why nothing was changed.</summary>
public sealed record DisputeCommandResult(bool Succeeded, string Message, DisputeState? State = null, DisputeEvent? Recorded = null)
{
    public static DisputeCommandResult Refused(string message) => new(false, message);
}

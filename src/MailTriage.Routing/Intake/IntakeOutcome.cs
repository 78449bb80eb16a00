using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;

namespace MailTriage.Routing.Intake;

/// <summary>What intake did with a dispute mail.</summary>
/// <param name="Routing">Set when a dispute was opened.</param>
/// <param name="Assignment">Set when a dispute was opened and assigned; tells whether the owner must be notified.</param>
public sealed record IntakeOutcome(Dispute Dispute, DisputeLink Link, RoutingDecision? Routing, AssignmentResult? Assignment)
{
    public bool Opened => Link.OpensDispute;

    /// <summary>False for a replay of a message already on the dispute: send nothing.</summary>
    public bool Changed => Link.Kind != DisputeLinkKind.AlreadyRecorded;
}

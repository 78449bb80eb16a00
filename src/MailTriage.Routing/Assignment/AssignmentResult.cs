using MailTriage.Routing.Disputes;

namespace MailTriage.Routing.Assignment;

/// <summary>The chosen owner, why, and the round-robin state to store for next time.</summary>
public sealed record AssignmentResult(DisputeOwner Owner, string Explanation, RoundRobinState RoundRobin)
{
    public bool FellBackToManager => Owner.IsManagerFallback;
}

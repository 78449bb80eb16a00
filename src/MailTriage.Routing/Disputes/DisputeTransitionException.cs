namespace MailTriage.Routing.Disputes;

/// <summary>An action that the dispute's current state does not allow. Nothing was changed.</summary>
public sealed class DisputeTransitionException : InvalidOperationException
{
    public DisputeTransitionException(DisputeId disputeId, DisputeAction action, DisputeState state, IReadOnlyList<DisputeAction> permitted, IReadOnlyCollection<string> unmetConditions)
        : base(Describe(disputeId, action, state, permitted, unmetConditions))
    {
        DisputeId = disputeId;
        Action = action;
        State = state;
        Permitted = permitted;
    }

    public DisputeId DisputeId { get; }

    public DisputeAction Action { get; }

    public DisputeState State { get; }

    public IReadOnlyList<DisputeAction> Permitted { get; }

    private static string Describe(DisputeId id, DisputeAction action, DisputeState state, IReadOnlyList<DisputeAction> permitted, IReadOnlyCollection<string> unmet)
    {
        var why = unmet.Count > 0 ? $" because {string.Join(" and ", unmet)} is not met" : string.Empty;
        var allowed = permitted.Count > 0 ? string.Join(", ", permitted) : "nothing";
        return $"Dispute {id} cannot {action} while {state}{why}; allowed now: {allowed}. Nothing was changed.";
    }
}

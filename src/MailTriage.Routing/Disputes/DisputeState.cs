namespace MailTriage.Routing.Disputes;

/// <summary>Where a dispute stands. Stored as its name, so never renumber or rename without a migration.</summary>
public enum DisputeState
{
    New,
    Assigned,
    InProgress,
    AwaitingCustomer,
    AwaitingInternal,

    /// <summary>The customer is right: a credit memo is due.</summary>
    ResolvedValid,

    /// <summary>The invoice stands: collection continues.</summary>
    ResolvedInvalid,
    Closed,
}

public static class DisputeStates
{
    /// <summary>States in which the dispute is someone's open work (counted in owner load, can be escalated).</summary>
    public static bool IsOpen(this DisputeState state) => state is DisputeState.New or DisputeState.Assigned
        or DisputeState.InProgress or DisputeState.AwaitingCustomer or DisputeState.AwaitingInternal;

    public static bool IsResolved(this DisputeState state) => state is DisputeState.ResolvedValid or DisputeState.ResolvedInvalid;
}

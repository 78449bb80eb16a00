namespace MailTriage.Routing.Disputes;

public enum ActorKind
{
    /// <summary>MailTriage itself (routing, reminders).</summary>
    System,

    /// <summary>The customer, through mail.</summary>
    Customer,

    /// <summary>A person on the AR side (owner, manager, analyst).</summary>
    Staff,
}

/// <summary>Who did something to a dispute; recorded on every event for the audit trail.</summary>
public sealed record DisputeActor(string Id, ActorKind Kind)
{
    public static DisputeActor System { get; } = new("mailtriage", ActorKind.System);

    public static DisputeActor Staff(string email) => new(email, ActorKind.Staff);

    public static DisputeActor Customer(string customerKey) => new(customerKey, ActorKind.Customer);
}

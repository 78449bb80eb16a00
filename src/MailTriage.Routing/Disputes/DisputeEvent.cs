using NodaTime;

namespace MailTriage.Routing.Disputes;

/// <summary>
/// One line of a dispute's append-only history: who did what, when, why, and the state before and after.
/// The SLA engine reads nothing but these, so anything that affects a clock must be an event.
/// </summary>
public sealed record DisputeEvent
{
    public required DisputeId DisputeId { get; init; }

    /// <summary>1-based position in the history; unique per dispute, so a store can refuse a second writer.</summary>
    public required int Sequence { get; init; }

    public required DisputeEventKind Kind { get; init; }

    public required Instant At { get; init; }

    public required string Actor { get; init; }

    public required ActorKind ActorKind { get; init; }

    /// <summary>True when the actor was the dispute's owner at that moment: such events acknowledge and answer.</summary>
    public bool ByOwner { get; init; }

    public required DisputeState From { get; init; }

    public required DisputeState To { get; init; }

    /// <summary>The why, in the actor's words or the system's explanation.</summary>
    public string? Reason { get; init; }

    /// <summary>Owner after the event (set on assignment events).</summary>
    public string? OwnerEmail { get; init; }

    public string? PreviousOwnerEmail { get; init; }

    public int? EscalationLevel { get; init; }

    /// <summary>Internet Message-ID of the customer mail that caused the event.</summary>
    public string? MessageId { get; init; }

    /// <summary>Idempotency key of an SLA notification that was sent.</summary>
    public string? NotificationKey { get; init; }

    public string? CreditMemoNumber { get; init; }
}

using NodaTime;

namespace MailTriage.Routing.Disputes;

/// <summary>
/// A dispute's current data as a store keeps it, next to its event history. The state is stored, not replayed,
/// so that a future change to the transition rules cannot rewrite where old cases stand.
/// </summary>
public sealed record DisputeSnapshot
{
    public required DisputeId Id { get; init; }

    public required DisputeState State { get; init; }

    public required DisputeFacts Facts { get; init; }

    public required DisputeRouting Routing { get; init; }

    public required string MailboxId { get; init; }

    public DisputeOwner? Owner { get; init; }

    public int EscalationLevel { get; init; }

    public string? CreditMemoNumber { get; init; }

    /// <summary>The closed dispute this one follows up, when the customer wrote again on a closed case.</summary>
    public DisputeId? FollowUpOf { get; init; }

    public IReadOnlyList<string> MessageIds { get; init; } = [];

    /// <summary>Mailbox-scoped conversation keys (see <see cref="Linking.ThreadKeys.Conversation"/>).</summary>
    public IReadOnlyList<string> ConversationKeys { get; init; } = [];

    public required Instant OpenedAt { get; init; }

    public required Instant LastCustomerMessageAt { get; init; }

    public required Instant LastActivityAt { get; init; }

    /// <summary>Number of events in the history when this snapshot was taken; the store's concurrency token.</summary>
    public required int Version { get; init; }
}

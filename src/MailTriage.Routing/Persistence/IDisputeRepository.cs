using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using NodaTime;

namespace MailTriage.Routing.Persistence;

/// <summary>
/// Where disputes and their append-only histories live. Declared by the domain, implemented by the host's store
/// (LiteDB in the worker); the domain never sees the database.
/// </summary>
public interface IDisputeRepository : IDisputeLookup
{
    /// <summary>Allocates the next case number; numbers are never reused, even if the dispute is never saved.</summary>
    DisputeId NextId();

    Dispute? Find(DisputeId id);

    /// <summary>
    /// Writes the dispute's current data and appends its <see cref="Dispute.UncommittedEvents"/> atomically, then marks
    /// them committed. Throws <see cref="DisputeConcurrencyException"/> if someone else saved it since it was loaded.
    /// </summary>
    void Save(Dispute dispute);

    IReadOnlyList<DisputeEvent> History(DisputeId id);

    IReadOnlyList<DisputeSummary> OpenByOwner(string ownerEmail);

    IReadOnlyList<DisputeSummary> ByInvoice(string invoiceNumber);

    /// <summary>Open disputes per owner, for assignment; members with none are simply absent.</summary>
    IReadOnlyDictionary<string, int> OpenLoadByOwner(IEnumerable<string> ownerEmails);

    /// <summary>Open disputes (any state but resolved or closed), for periodic SLA sweeps.</summary>
    IReadOnlyList<DisputeId> OpenDisputeIds();
}

/// <summary>A dispute as lists and dashboards show it.</summary>
public sealed record DisputeSummary(
    DisputeId Id,
    DisputeState State,
    string Reason,
    string CustomerKey,
    string? CustomerName,
    IReadOnlyList<string> InvoiceNumbers,
    decimal? Amount,
    string? Currency,
    string TeamId,
    string? OwnerEmail,
    DisputePriority Priority,
    int EscalationLevel,
    Instant OpenedAt,
    Instant LastActivityAt);

/// <summary>The dispute changed in the store after it was loaded; reload and retry the action.</summary>
public sealed class DisputeConcurrencyException(DisputeId id, int expected, int actual)
    : InvalidOperationException($"Dispute {id} was saved by someone else (expected version {expected}, found {actual}); reload it and try again.")
{
    public DisputeId DisputeId { get; } = id;
}

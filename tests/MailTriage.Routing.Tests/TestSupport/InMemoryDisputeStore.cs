using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Persistence;

namespace MailTriage.Routing.Tests.TestSupport;

/// <summary>
/// A faithful in-memory stand-in for the worker's store: snapshots and append-only events kept apart, disputes
/// rehydrated on every read, optimistic concurrency on save.
/// </summary>
internal sealed class InMemoryDisputeStore : IDisputeRepository, IAssignmentRepository
{
    private readonly Dictionary<DisputeId, DisputeSnapshot> _snapshots = [];
    private readonly List<DisputeEvent> _events = [];
    private readonly List<AssignmentRecord> _assignments = [];
    private RoundRobinState _roundRobin = RoundRobinState.Empty;
    private long _sequence;

    public int SaveCount { get; private set; }

    public DisputeId NextId() => DisputeId.FromSequence(++_sequence);

    public Dispute? Find(DisputeId id) =>
        _snapshots.TryGetValue(id, out var snapshot) ? Dispute.Rehydrate(snapshot, History(id)) : null;

    public void Save(Dispute dispute)
    {
        var stored = _snapshots.TryGetValue(dispute.Id, out var s) ? s.Version : 0;
        if (stored != dispute.PersistedVersion)
        {
            throw new DisputeConcurrencyException(dispute.Id, dispute.PersistedVersion, stored);
        }

        _events.AddRange(dispute.UncommittedEvents);
        _snapshots[dispute.Id] = dispute.ToSnapshot();
        dispute.MarkCommitted();
        SaveCount++;
    }

    public IReadOnlyList<DisputeEvent> History(DisputeId id) => [.. _events.Where(e => e.DisputeId == id).OrderBy(e => e.Sequence)];

    public IReadOnlyList<DisputeSummary> OpenByOwner(string ownerEmail) =>
        [.. _snapshots.Values.Where(s => s.State.IsOpen() && s.Owner?.Is(ownerEmail) == true).Select(Summary)];

    public IReadOnlyList<DisputeSummary> ByInvoice(string invoiceNumber) =>
        [.. _snapshots.Values.Where(s => s.Facts.InvoiceNumbers.Contains(ThreadKeys.Invoice(invoiceNumber))).Select(Summary)];

    public IReadOnlyDictionary<string, int> OpenLoadByOwner(IEnumerable<string> ownerEmails)
    {
        var wanted = ownerEmails.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _snapshots.Values.Where(s => s.State.IsOpen() && s.Owner is not null && wanted.Contains(s.Owner.Email))
            .GroupBy(s => s.Owner!.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<DisputeId> OpenDisputeIds() => [.. _snapshots.Values.Where(s => s.State.IsOpen()).Select(s => s.Id)];

    public IReadOnlyList<DisputeLinkCandidate> FindByMessageIds(IReadOnlyCollection<string> messageIds) =>
        [.. _snapshots.Values.Where(s => s.MessageIds.Intersect(messageIds).Any()).Select(Candidate)];

    public IReadOnlyList<DisputeLinkCandidate> FindByConversation(string conversationKey) =>
        [.. _snapshots.Values.Where(s => s.ConversationKeys.Contains(conversationKey)).Select(Candidate)];

    public IReadOnlyList<DisputeLinkCandidate> FindByCustomerInvoices(string customerKey, IReadOnlyCollection<string> invoiceNumbers) =>
        [.. _snapshots.Values.Where(s => ThreadKeys.Customer(s.Facts.CustomerKey) == customerKey && s.Facts.InvoiceNumbers.Intersect(invoiceNumbers).Any()).Select(Candidate)];

    public RoundRobinState LoadRoundRobin() => _roundRobin;

    public void SaveRoundRobin(RoundRobinState state) => _roundRobin = state;

    public void Record(AssignmentRecord record) => _assignments.Add(record);

    public IReadOnlyList<AssignmentRecord> ForDispute(DisputeId id) => [.. _assignments.Where(a => a.DisputeId == id)];

    private static DisputeLinkCandidate Candidate(DisputeSnapshot s) =>
        new(s.Id, s.State, s.Facts.CustomerKey, s.Facts.InvoiceNumbers, s.OpenedAt, s.LastCustomerMessageAt);

    private static DisputeSummary Summary(DisputeSnapshot s) =>
        new(s.Id, s.State, s.Facts.Reason, s.Facts.CustomerKey, s.Facts.CustomerName, s.Facts.InvoiceNumbers, s.Facts.Amount, s.Facts.Currency,
            s.Routing.TeamId, s.Owner?.Email, s.Routing.Priority, s.EscalationLevel, s.OpenedAt, s.LastActivityAt);
}

using System.Collections.Immutable;
using LiteDB;
using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>The assignment log and each team's round-robin cursor.</summary>
public sealed class LiteDbAssignmentRepository(LiteDbStore store) : IAssignmentRepository
{
    private ILiteCollection<RoundRobinDocument> Cursors => store.Collection<RoundRobinDocument>(LiteDbStore.RoundRobin);

    private ILiteCollection<AssignmentDocument> Log => store.Collection<AssignmentDocument>(LiteDbStore.Assignments);

    public RoundRobinState LoadRoundRobin() =>
        new(Cursors.FindAll().ToImmutableDictionary(c => c.Id, c => c.LastAssigned, StringComparer.OrdinalIgnoreCase));

    public void SaveRoundRobin(RoundRobinState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        store.Write(() => Cursors.Upsert(state.LastAssignedByTeam.Select(p => new RoundRobinDocument { Id = p.Key, LastAssigned = p.Value })));
    }

    public void Record(AssignmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        store.Write(() => Log.Insert(new AssignmentDocument
        {
            DisputeId = record.DisputeId.Value,
            TeamId = record.TeamId,
            OwnerEmail = record.OwnerEmail,
            ManagerFallback = record.ManagerFallback,
            Explanation = record.Explanation,
            At = InstantTicks.From(record.At),
        }));
    }

    public IReadOnlyList<AssignmentRecord> ForDispute(DisputeId id) =>
        [.. Log.Find(LiteDbStore.Equal("DisputeId", id.Value)).OrderBy(a => a.Id).Select(a => new AssignmentRecord(
            new DisputeId(a.DisputeId), a.TeamId, a.OwnerEmail, a.ManagerFallback, a.Explanation, InstantTicks.ToInstant(a.At)))];
}

using LiteDB;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>
/// The last SLA evaluation per dispute. The overdue list is one range scan of the <c>NextDueAt</c> index, which is
/// what keeps it fast with 100,000 disputes stored (docs/BENCHMARKS.md, "Routing").
/// </summary>
public sealed class LiteDbSlaStateRepository(LiteDbStore store) : ISlaStateRepository
{
    private ILiteCollection<SlaStateDocument> States => store.Collection<SlaStateDocument>(LiteDbStore.SlaStates);

    public void Upsert(SlaStateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        store.Write(() => States.Upsert(ToDocument(record)));
    }

    /// <summary>Writes many records in one transaction without the per-commit flush: for rebuilds and benchmarks.</summary>
    public void UpsertMany(IEnumerable<SlaStateRecord> records) =>
        store.Write(() => States.Upsert(records.Select(ToDocument)));

    public SlaStateRecord? Find(DisputeId id) => States.FindById(id.Value) is { } d ? ToRecord(d) : null;

    public IReadOnlyList<SlaStateRecord> Overdue(NodaTime.Instant now, int limit = 1000) =>
        Range(0, InstantTicks.From(now), limit);

    public IReadOnlyList<SlaStateRecord> DueBetween(NodaTime.Instant now, NodaTime.Instant until, int limit = 1000) =>
        Range(InstantTicks.From(now) + 1, InstantTicks.From(until), limit);

    // Ticks since 1970 are positive, so a lower bound of 0 also skips documents without a due time.
    private List<SlaStateRecord> Range(long fromTicks, long toTicks, int limit) =>
        [.. States.Query()
            .Where(BsonExpression.Create("$.NextDueAt BETWEEN @0 AND @1", new BsonValue(fromTicks), new BsonValue(toTicks)))
            .OrderBy("$.NextDueAt")
            .Limit(limit)
            .ToEnumerable()
            .Select(ToRecord)];

    private static SlaStateDocument ToDocument(SlaStateRecord r) => new()
    {
        Id = r.DisputeId.Value,
        State = r.State.ToString(),
        TeamId = r.TeamId,
        OwnerEmail = r.OwnerEmail,
        CustomerKey = r.CustomerKey,
        Reason = r.Reason,
        Priority = r.Priority.ToString(),
        NextDueAt = InstantTicks.From(r.NextDueAt),
        NextDueClock = r.NextDueClock?.ToString(),
        Phase = r.Phase.ToString(),
        EscalationLevel = r.EscalationLevel,
        EvaluatedAt = InstantTicks.From(r.EvaluatedAt),
    };

    private static SlaStateRecord ToRecord(SlaStateDocument d) => new(
        new DisputeId(d.Id),
        Enum.Parse<DisputeState>(d.State),
        d.TeamId,
        d.OwnerEmail,
        d.CustomerKey,
        d.Reason,
        Enum.Parse<DisputePriority>(d.Priority),
        InstantTicks.ToInstant(d.NextDueAt),
        d.NextDueClock is null ? null : Enum.Parse<SlaClockKind>(d.NextDueClock),
        Enum.Parse<SlaPhase>(d.Phase),
        d.EscalationLevel,
        InstantTicks.ToInstant(d.EvaluatedAt));
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Worker.Storage;
using MailTriage.Worker.Storage.Documents;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// Reads every dispute and its history from the store in two scans (not one query per dispute) and turns them into
/// <see cref="DisputeRow"/>s as of an instant. The only part of the reports that touches the database.
/// </summary>
public sealed class DisputeReadModel(LiteDbStore store, ResolutionMatrix matrix)
{
    public IReadOnlyList<DisputeRow> Rows(Instant now)
    {
        var events = store.Collection<DisputeEventDocument>(LiteDbStore.Events).FindAll()
            .Select(DisputeDocuments.ToEvent)
            .GroupBy(e => e.DisputeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DisputeEvent>)[.. g.OrderBy(e => e.Sequence)]);
        return [.. store.Collection<DisputeDocument>(LiteDbStore.Disputes).FindAll()
            .Select(DisputeDocuments.ToSnapshot)
            .Select(s => DisputeRowFactory.Create(s, events.GetValueOrDefault(s.Id) ?? [], matrix, now))
            .OrderBy(r => r.Id.Value, StringComparer.Ordinal)];
    }
}

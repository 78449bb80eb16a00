using LiteDB;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>
/// Durable key → value state for mailbox sources (each Graph folder's deltaLink, the local-folder cursor).
/// <see cref="SetAsync"/> returns only after the value is committed and flushed.
/// </summary>
public sealed class LiteDbSyncStateStore(LiteDbStore store) : ISyncStateStore
{
    private ILiteCollection<KeyValueDocument> Values => store.Collection<KeyValueDocument>(LiteDbStore.KeyValues);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Values.FindById(key)?.Value);
    }

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        store.Write(() => Values.Upsert(new KeyValueDocument { Id = key, Value = value }));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        store.Write(() => Values.Delete(key));
        return Task.CompletedTask;
    }
}

namespace MailTriage.Worker.Mailboxes;

/// <summary>
/// Durable string key → string value state for mailbox sources, e.g. each Graph folder's deltaLink. A source writes
/// a value only after the messages it covers are recorded, so a restart resumes exactly where processing stopped.
/// Implementations must make <see cref="SetAsync"/> durable before it completes and be safe for concurrent callers.
/// </summary>
public interface ISyncStateStore
{
    /// <summary>The stored value, or null when the key was never written (or was removed).</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the value.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Forgets the key; a no-op when it is absent.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);
}

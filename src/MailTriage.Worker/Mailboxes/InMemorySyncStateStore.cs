using System.Collections.Concurrent;

namespace MailTriage.Worker.Mailboxes;

/// <summary>
/// A process-lifetime <see cref="ISyncStateStore"/> for tests and one-shot runs; everything is forgotten on exit,
/// so a restarted worker starts every folder from scratch (the pipeline's dedup keeps that safe, only slower).
/// </summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>A copy of every key and value, for tests and diagnostics.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() => new Dictionary<string, string>(_values, StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _values[key] = value;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        _values.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}

namespace MailTriage.Worker.Graph;

/// <summary>What the source last saw of a message, and the change key its own last action produced.</summary>
public sealed record KnownMessage(IReadOnlyList<string> Categories, string? ParentFolderId, string? OwnChangeKey);

/// <summary>
/// A bounded, process-lifetime memory of recently seen messages. It lets actions merge categories without
/// re-reading the message, skip a move to the folder a message is already in, and recognise a delta entry that only
/// reflects the worker's own PATCH/move (same change key) so it is neither re-fetched nor handed to the pipeline.
/// Forgetting is always safe: the cost is one extra GET, or a replay the pipeline deduplicates.
/// </summary>
public sealed class KnownMessages(int capacity = 20_000)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, KnownMessage> _messages = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public KnownMessage? Get(string id)
    {
        lock (_lock)
        {
            return _messages.GetValueOrDefault(id);
        }
    }

    /// <summary>True when this change key is the one the worker's own last action left on the message.</summary>
    public bool IsOwnChange(string id, string? changeKey) =>
        changeKey is not null && Get(id)?.OwnChangeKey is { } own && string.Equals(own, changeKey, StringComparison.Ordinal);

    public void Seen(string id, IReadOnlyList<string> categories, string? parentFolderId) =>
        Update(id, old => new KnownMessage(categories, parentFolderId, old?.OwnChangeKey));

    public void ChangedByUs(string id, IReadOnlyList<string> categories, string? parentFolderId, string? changeKey) =>
        Update(id, _ => new KnownMessage(categories, parentFolderId, changeKey));

    private void Update(string id, Func<KnownMessage?, KnownMessage> update)
    {
        lock (_lock)
        {
            var exists = _messages.TryGetValue(id, out var old);
            _messages[id] = update(old);
            if (exists)
            {
                return;
            }

            _order.Enqueue(id);
            while (_order.Count > capacity)
            {
                _messages.Remove(_order.Dequeue());
            }
        }
    }
}

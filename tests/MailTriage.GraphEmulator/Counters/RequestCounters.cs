using System.Collections.Concurrent;

namespace MailTriage.GraphEmulator.Counters;

/// <summary>Thread-safe request counters, global and per mailbox.</summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, MailboxCounterSet> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private long _httpRequests;
    private long _batchRequests;

    /// <summary>Every HTTP round trip the emulator answered, <c>$batch</c> included once.</summary>
    public long TotalHttpRequests => Interlocked.Read(ref _httpRequests);

    public long TotalBatchRequests => Interlocked.Read(ref _batchRequests);

    public MailboxCounters For(string mailbox) => Set(mailbox).Snapshot();

    public void Reset()
    {
        Interlocked.Exchange(ref _httpRequests, 0);
        Interlocked.Exchange(ref _batchRequests, 0);
        _mailboxes.Clear();
    }

    internal void CountHttp(bool isBatch)
    {
        Interlocked.Increment(ref _httpRequests);
        if (isBatch)
        {
            Interlocked.Increment(ref _batchRequests);
        }
    }

    internal MailboxCounterSet Set(string mailbox) => _mailboxes.GetOrAdd(mailbox, _ => new MailboxCounterSet());

    internal sealed class MailboxCounterSet
    {
        private readonly ConcurrentDictionary<GraphRequestKind, long> _byKind = new();
        private long _http;
        private long _operations;
        private long _throttled;
        private long _faults;
        private long _missingImmutable;
        private long _missingPageSize;
        private int _peak;

        public void Http() => Interlocked.Increment(ref _http);

        public void Operation(GraphRequestKind kind)
        {
            Interlocked.Increment(ref _operations);
            _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }

        public void Throttled() => Interlocked.Increment(ref _throttled);

        public void Fault() => Interlocked.Increment(ref _faults);

        public void MissingImmutableId() => Interlocked.Increment(ref _missingImmutable);

        public void MissingPageSize() => Interlocked.Increment(ref _missingPageSize);

        public void InFlight(int count)
        {
            int seen;
            while (count > (seen = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, count, seen) != seen)
            {
            }
        }

        public MailboxCounters Snapshot() => new()
        {
            HttpRequests = Interlocked.Read(ref _http),
            Operations = Interlocked.Read(ref _operations),
            ByKind = new Dictionary<GraphRequestKind, long>(_byKind),
            Throttled = Interlocked.Read(ref _throttled),
            FaultsInjected = Interlocked.Read(ref _faults),
            MissingImmutableIdPrefer = Interlocked.Read(ref _missingImmutable),
            MissingPageSizePrefer = Interlocked.Read(ref _missingPageSize),
            PeakInFlight = Volatile.Read(ref _peak),
        };
    }
}

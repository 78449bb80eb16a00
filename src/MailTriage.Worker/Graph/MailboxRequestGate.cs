using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Keeps one mailbox's Graph traffic inside Exchange's per-app, per-mailbox limits: at most N requests in flight
/// (a semaphore) and a request budget per window (a token bucket; a $batch costs one token per step, as Exchange
/// counts each step). Rate is taken before a concurrency slot, so a waiting caller never holds a slot.
/// </summary>
public sealed class MailboxRequestGate : IDisposable
{
    private readonly SemaphoreSlim _concurrency;
    private readonly RateLimiter _rate;
    private readonly int _maxCost;

    /// <param name="maxCost">The most tokens one request may take (the bucket's capacity); bigger costs are capped.</param>
    public MailboxRequestGate(int maxConcurrent, RateLimiter rate, int maxCost)
    {
        _concurrency = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        _rate = rate;
        _maxCost = maxCost;
    }

    public async ValueTask<IDisposable> EnterAsync(int cost, CancellationToken cancellationToken)
    {
        using var lease = await _rate.AcquireAsync(Math.Clamp(cost, 1, _maxCost), cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The mailbox request budget refused a request it should have queued.");
        }

        await _concurrency.WaitAsync(cancellationToken);
        return new Slot(_concurrency);
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        _rate.Dispose();
    }

    private sealed class Slot(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

/// <summary>One <see cref="MailboxRequestGate"/> per mailbox for the whole process, however many sources share it.</summary>
public sealed class MailboxRequestGates(IOptions<GraphOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, MailboxRequestGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    public MailboxRequestGate For(string mailbox) =>
        _gates.GetOrAdd(mailbox, _ =>
        {
            var bucket = TimeProviderTokenBucket.ForBudget(options.Value.RequestBudget, options.Value.RequestBudgetWindow, time);
            return new MailboxRequestGate(options.Value.MaxConcurrentRequestsPerMailbox, bucket, bucket.Capacity);
        });

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }
}

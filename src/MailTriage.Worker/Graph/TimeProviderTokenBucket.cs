using System.Threading.RateLimiting;

namespace MailTriage.Worker.Graph;

/// <summary>
/// A token bucket on the <see cref="RateLimiter"/> abstraction that reads time only from a <see cref="TimeProvider"/>.
/// The BCL's <see cref="TokenBucketRateLimiter"/> replenishes from <c>Stopwatch</c> even with manual replenishment
/// (checked on .NET 10), so its waits could not be driven by a fake clock in tests.
/// Tokens are never borrowed: a request waits until the bucket holds all it asks for, and waiters queue behind one
/// another, so at most <c>capacity + rate × W</c> tokens are released in any window W.
/// </summary>
public sealed class TimeProviderTokenBucket : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly double _tokensPerSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _lastRefill;

    public TimeProviderTokenBucket(int capacity, double tokensPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerSecond);
        Capacity = capacity;
        _tokensPerSecond = tokensPerSecond;
        _time = time;
        _tokens = capacity;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>The largest single acquisition; larger ones are refused.</summary>
    public int Capacity { get; }

    public override TimeSpan? IdleDuration => null;

    /// <summary>
    /// A bucket that never releases more than <paramref name="budget"/> tokens in any <paramref name="window"/>:
    /// a burst of a tenth of the budget (at least a full $batch of 20 steps, at most half the budget), the rest
    /// refilled evenly over the window.
    /// </summary>
    public static TimeProviderTokenBucket ForBudget(int budget, TimeSpan window, TimeProvider time)
    {
        var burst = Math.Max(1, Math.Min(Math.Max(budget / 10, 20), budget / 2));
        return new TimeProviderTokenBucket(burst, (budget - burst) / window.TotalSeconds, time);
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)Math.Floor(_tokens) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, Capacity);
        lock (_lock)
        {
            Refill();
            if (_queue.CurrentCount > 0 && _tokens >= permitCount)
            {
                _tokens -= permitCount;
                return Lease.Acquired;
            }

            return new Lease(false, WaitFor(permitCount));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, Capacity);
        await _queue.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    Refill();
                    if (_tokens >= permitCount)
                    {
                        _tokens -= permitCount;
                        return Lease.Acquired;
                    }

                    wait = WaitFor(permitCount);
                }

                await Task.Delay(wait, _time, cancellationToken);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _queue.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(Capacity, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _tokensPerSecond));
        _lastRefill = now;
    }

    /// <summary>Time until the bucket holds <paramref name="permits"/>, rounded up so the wait is never short.</summary>
    private TimeSpan WaitFor(int permits) =>
        TimeSpan.FromTicks((long)Math.Ceiling((permits - _tokens) / _tokensPerSecond * TimeSpan.TicksPerSecond));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}

using System.Threading.RateLimiting;

namespace MailTriage.Worker.Graph;

/// <summary>
/// A token bucket on the <see cref="RateLimiter"/> abstraction that reads time only from a <see cref="TimeProvider"/>.
/// The BCL's <see cref="TokenBucketRateLimiter"/> replenishes from <c>Stopwatch</c> even with manual replenishment
/// (checked on .NET 10), so its waits could not be driven by a fake clock in tests.
/// Acquisition reserves tokens first and then waits for the debt to refill, which keeps callers in FIFO order.
/// </summary>
public sealed class TimeProviderTokenBucket : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly double _tokensPerSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _lastRefill;

    public TimeProviderTokenBucket(int capacity, double tokensPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerSecond);
        _capacity = capacity;
        _tokensPerSecond = tokensPerSecond;
        _time = time;
        _tokens = capacity;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>
    /// A bucket that can never exceed <paramref name="budget"/> requests in any <paramref name="window"/>:
    /// a tenth of the budget as burst, the rest refilled evenly over the window.
    /// </summary>
    public static TimeProviderTokenBucket ForBudget(int budget, TimeSpan window, TimeProvider time)
    {
        var burst = Math.Max(1, budget / 10);
        return new TimeProviderTokenBucket(burst, Math.Max(1, budget - burst) / window.TotalSeconds, time);
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)Math.Max(0, Math.Floor(_tokens)) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Refill();
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                return Lease.Acquired;
            }

            return new Lease(false, WaitFor(permitCount - _tokens));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            Refill();
            wait = _tokens >= permitCount ? TimeSpan.Zero : WaitFor(permitCount - _tokens);
            _tokens -= permitCount;
        }

        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    _tokens += permitCount;
                }

                throw;
            }
        }

        return Lease.Acquired;
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastRefill, now);
        _lastRefill = now;
        _tokens = Math.Min(_capacity, _tokens + (elapsed.TotalSeconds * _tokensPerSecond));
    }

    private TimeSpan WaitFor(double tokens) => TimeSpan.FromSeconds(tokens / _tokensPerSecond);

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

using MailTriage.Worker.Graph;
using Microsoft.Extensions.Time.Testing;

namespace MailTriage.Worker.Tests.Graph;

public sealed class MailboxRequestGateTests
{
    [Fact]
    public async Task AcquireAsync_BucketEmpty_WaitsOnTheTimeProviderUntilRefilled()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TimeProviderTokenBucket(capacity: 2, tokensPerSecond: 1, time);
        Assert.True((await bucket.AcquireAsync(2)).IsAcquired);

        var waiting = bucket.AcquireAsync(1).AsTask();
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True((await waiting).IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_BucketEmpty_FailsWithRetryAfter()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TimeProviderTokenBucket(capacity: 1, tokensPerSecond: 4, time);
        Assert.True(bucket.AttemptAcquire().IsAcquired);

        using var lease = bucket.AttemptAcquire();

        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(250), retryAfter);
    }

    [Fact]
    public void ForBudget_NeverAdmitsMoreThanTheBudgetInOneWindow()
    {
        var time = new FakeTimeProvider();
        using var bucket = TimeProviderTokenBucket.ForBudget(budget: 100, window: TimeSpan.FromSeconds(10), time);
        var admitted = 0;
        for (var step = 0; step < 100; step++)
        {
            while (bucket.AttemptAcquire().IsAcquired)
            {
                admitted++;
            }

            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.InRange(admitted, 95, 100);
    }

    [Fact]
    public async Task AcquireAsync_BatchLargerThanWhatIsLeft_WaitsWithoutBorrowingFromLaterCallers()
    {
        var time = new FakeTimeProvider();
        using var bucket = new TimeProviderTokenBucket(capacity: 20, tokensPerSecond: 10, time);
        Assert.True((await bucket.AcquireAsync(15)).IsAcquired);

        var batch = bucket.AcquireAsync(20).AsTask();
        var single = bucket.AcquireAsync(1).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.4));
        Assert.False(batch.IsCompleted);
        Assert.False(single.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True((await batch).IsAcquired);
        Assert.False(single.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.True((await single).IsAcquired);
    }

    [Fact]
    public async Task EnterAsync_MoreCallersThanSlots_AdmitsOnlyTheConfiguredNumber()
    {
        using var gate = new MailboxRequestGate(2, new TimeProviderTokenBucket(100, 100, TimeProvider.System), maxCost: 100);
        var first = await gate.EnterAsync(1, CancellationToken.None);
        var second = await gate.EnterAsync(1, CancellationToken.None);

        var third = gate.EnterAsync(1, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);

        first.Dispose();
        (await third).Dispose();
        second.Dispose();
    }
}

using MailTriage.Worker.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace MailTriage.Worker.Tests.Graph;

public sealed class GraphRetryTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromException_SdkRetryHandlerGaveUp_ClassifiesTheLastInnerErrorWithRetryAfter()
    {
        var inner = new ApiException("429")
        {
            ResponseStatusCode = 429,
            ResponseHeaders = new Dictionary<string, IEnumerable<string>> { ["retry-after"] = ["7"] },
        };

        var failure = GraphFailure.FromException(new AggregateException(new ApiException("503") { ResponseStatusCode = 503 }, inner), Now);

        Assert.Equal(GraphFailureKind.Throttled, failure.Kind);
        Assert.Equal(429, failure.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
    }

    [Theory]
    [InlineData(410, null, GraphFailureKind.SyncStateLost)]
    [InlineData(400, "syncStateNotFound", GraphFailureKind.SyncStateLost)]
    [InlineData(400, "ResyncRequired", GraphFailureKind.SyncStateLost)]
    [InlineData(404, "ErrorItemNotFound", GraphFailureKind.NotFound)]
    [InlineData(503, null, GraphFailureKind.Throttled)]
    [InlineData(504, null, GraphFailureKind.Transient)]
    [InlineData(403, "ErrorAccessDenied", GraphFailureKind.Permanent)]
    public void FromException_ODataError_ClassifiesByStatusAndCode(int status, string? code, GraphFailureKind expected)
    {
        var error = new ODataError { ResponseStatusCode = status, Error = new MainError { Code = code } };

        Assert.Equal(expected, GraphFailure.FromException(error, Now).Kind);
    }

    [Fact]
    public void FromException_HttpClientTimeout_IsTransientAndRetriedOnlyWhenIdempotent()
    {
        var failure = GraphFailure.FromException(new TaskCanceledException("timeout"), Now);

        Assert.Equal(GraphFailureKind.Transient, failure.Kind);
        Assert.True(failure.IsRetryable(idempotent: true));
        Assert.False(failure.IsRetryable(idempotent: false));
    }

    [Fact]
    public void RetryAfterFrom_HttpDate_IsTheTimeUntilThatDate()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = [Now.AddSeconds(30).ToString("r")] };

        Assert.Equal(TimeSpan.FromSeconds(30), GraphFailure.RetryAfterFrom(headers, Now));
    }

    [Fact]
    public void Compute_ServerRetryAfter_IsUsedAsIsButCapped()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.Compute(5, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), 0.9));
        Assert.Equal(TimeSpan.FromMinutes(2), RetryDelay.Compute(0, TimeSpan.FromHours(1), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), 0.9));
        Assert.Equal(TimeSpan.FromSeconds(2.4), RetryDelay.Compute(0, TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), 0.9));
    }

    [Theory]
    [InlineData(0, 0.0, 1.5)]
    [InlineData(0, 1.0, 2.5)]
    [InlineData(3, 0.5, 16)]
    [InlineData(20, 0.5, 120)]
    public void Compute_NoRetryAfter_BacksOffExponentiallyWithJitter(int attempt, double random, double expectedSeconds)
    {
        var delay = RetryDelay.Compute(attempt, null, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), random);

        Assert.Equal(expectedSeconds, delay.TotalSeconds, precision: 6);
    }
}

using System.Globalization;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using GraphServiceException = Microsoft.Graph.ServiceException;

namespace MailTriage.Worker.Graph;

public enum GraphFailureKind
{
    /// <summary>429, or 503 (Graph's other throttling answer): not processed, safe to retry after Retry-After.</summary>
    Throttled,

    /// <summary>500/502/504, network errors, timeouts: possibly processed; retried only when the operation is idempotent.</summary>
    Transient,

    /// <summary>410 Gone / syncStateNotFound / resyncRequired: the delta token is dead, start the folder over.</summary>
    SyncStateLost,

    /// <summary>404: the message or folder is gone (deleted, or an id that changed).</summary>
    NotFound,

    /// <summary>Anything else (400, 401, 403, …): retrying will not help.</summary>
    Permanent,
}

/// <summary>
/// A Graph failure reduced to what the retry logic needs. Handles <see cref="ODataError"/> (a plain error response),
/// <see cref="AggregateException"/> (the SDK's retry handler gave up), the SDK's batch <c>ServiceException</c>,
/// timeouts and network errors, and individual $batch step responses.
/// </summary>
public sealed record GraphFailure(GraphFailureKind Kind, int Status, string Code, TimeSpan? RetryAfter)
{
    private static readonly string[] SyncStateCodes = ["syncStateNotFound", "syncStateInvalid", "resyncRequired"];

    public bool IsRetryable(bool idempotent) => Kind == GraphFailureKind.Throttled || (idempotent && Kind == GraphFailureKind.Transient);

    public static GraphFailure FromException(Exception exception, DateTimeOffset now) => exception switch
    {
        AggregateException aggregate when aggregate.InnerExceptions.LastOrDefault(e => e is ApiException) is { } last => FromException(last, now),
        GraphServiceException service => FromStatus(service.ResponseStatusCode, null, RetryAfterFrom(service.ResponseHeaders?.RetryAfter, now)),
        ODataError odata => FromStatus(odata.ResponseStatusCode, odata.Error?.Code, RetryAfterFrom(odata.ResponseHeaders, now)),
        ApiException api => FromStatus(api.ResponseStatusCode, null, RetryAfterFrom(api.ResponseHeaders, now)),

        // HttpClient.Timeout surfaces as TaskCanceledException (the caller's own cancellation is filtered out earlier).
        TaskCanceledException or TimeoutException => new GraphFailure(GraphFailureKind.Transient, 0, "Timeout", null),
        HttpRequestException http => new GraphFailure(GraphFailureKind.Transient, (int?)http.StatusCode ?? 0, "NetworkError", null),
        _ => new GraphFailure(GraphFailureKind.Permanent, 0, exception.GetType().Name, null),
    };

    public static GraphFailure FromStatus(int status, string? code, TimeSpan? retryAfter)
    {
        var kind = status switch
        {
            _ when code is not null && SyncStateCodes.Contains(code, StringComparer.OrdinalIgnoreCase) => GraphFailureKind.SyncStateLost,
            410 => GraphFailureKind.SyncStateLost,
            429 or 503 => GraphFailureKind.Throttled,
            500 or 502 or 504 => GraphFailureKind.Transient,
            404 => GraphFailureKind.NotFound,
            _ => GraphFailureKind.Permanent,
        };
        return new GraphFailure(kind, status, code ?? status.ToString(CultureInfo.InvariantCulture), retryAfter);
    }

    /// <summary>Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3); header names compared case-insensitively.</summary>
    public static TimeSpan? RetryAfterFrom(IEnumerable<KeyValuePair<string, IEnumerable<string>>>? headers, DateTimeOffset now)
    {
        var value = headers?.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Max(date - now, TimeSpan.Zero)
            : null;
    }

    private static TimeSpan? RetryAfterFrom(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Max(date - now, TimeSpan.Zero),
            _ => null,
        };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

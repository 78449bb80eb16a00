using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Runs one mailbox's Graph calls: each attempt passes the mailbox gate (concurrency + request budget), failures are
/// classified, and retryable ones wait for Retry-After (or back-off) on the injected <see cref="TimeProvider"/>.
/// Non-idempotent calls (sendMail) are retried only when Graph says the request was not processed (429/503).
/// </summary>
public sealed class GraphCaller(string mailbox, MailboxRequestGate gate, GraphOptions options, TimeProvider time, ILogger logger, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public string Mailbox => mailbox;

    public TimeProvider Time => time;

    public int MaxRetries => options.MaxRetries;

    public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, int cost = 1, bool idempotent = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            GraphFailure failure;
            Exception error;
            try
            {
                using (await gate.EnterAsync(cost, cancellationToken))
                {
                    return await call(cancellationToken);
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not GraphOperationException)
            {
                failure = GraphFailure.FromException(e, time.GetUtcNow());
                error = e;
            }

            if (!failure.IsRetryable(idempotent) || attempt >= options.MaxRetries)
            {
                if (failure.IsRetryable(idempotent))
                {
                    Log.GraphGaveUp(logger, mailbox, operation, attempt + 1, failure.Status, failure.Code);
                }

                throw new GraphOperationException(operation, failure, error);
            }

            await WaitBeforeRetryAsync(operation, failure, attempt, cancellationToken);
        }
    }

    public Task CallAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken, int cost = 1, bool idempotent = true) =>
        CallAsync(operation, async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken, cost, idempotent);

    /// <summary>Waits as the retry policy says; shared with <see cref="GraphBatchRunner"/> for failed steps.</summary>
    public async Task WaitBeforeRetryAsync(string operation, GraphFailure failure, int attempt, CancellationToken cancellationToken)
    {
        var delay = RetryDelay.Compute(attempt, failure.RetryAfter, options.RetryBaseDelay, options.MaxRetryDelay, _random());
        Log.GraphRetrying(logger, mailbox, operation, failure.Status, failure.Code, attempt + 1, delay);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}

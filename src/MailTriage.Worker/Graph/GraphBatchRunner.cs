using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Requests for one message that must run in order (e.g. PATCH then move): sent as $batch steps linked by
/// <c>dependsOn</c> and never split across batches. Steps are factories because a request body can be read once.
/// </summary>
public sealed record BatchChain(string Key, IReadOnlyList<Func<RequestInformation>> Steps);

public sealed record BatchStepResponse(int Status, byte[] Body);

/// <summary>The responses of a chain's successful steps, and the failure that stopped it, if any.</summary>
public sealed record BatchChainResult(string Key, IReadOnlyList<BatchStepResponse> Responses, GraphFailure? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Sends chains as JSON batches of at most <see cref="GraphOptions.BatchSize"/> steps. Graph throttles steps one
/// by one, so a batch can come back partly 429: the runner resends only the failed chains, from their failed step,
/// after the longest Retry-After among them. Each batch costs one budget token per step.
/// </summary>
public sealed class GraphBatchRunner(GraphServiceClient client, GraphCaller caller, GraphOptions options)
{
    public async Task<IReadOnlyDictionary<string, BatchChainResult>> RunAsync(
        string operation, IReadOnlyList<BatchChain> chains, bool idempotent, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, BatchChainResult>(StringComparer.Ordinal);
        var pending = chains.Where(c => c.Steps.Count > 0).Select(c => new PendingChain(c)).ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            var retry = new List<PendingChain>();
            foreach (var group in Pack(pending))
            {
                await SendGroupAsync(operation, group, idempotent, retry, results, cancellationToken);
            }

            if (retry.Count == 0)
            {
                break;
            }

            if (round >= caller.MaxRetries)
            {
                foreach (var chain in retry)
                {
                    results[chain.Chain.Key] = chain.Result(chain.LastFailure);
                }

                break;
            }

            var longest = retry.Select(c => c.LastFailure!).MaxBy(f => f.RetryAfter ?? TimeSpan.Zero)!;
            await caller.WaitBeforeRetryAsync(operation, longest, round, cancellationToken);
            pending = retry;
        }

        foreach (var empty in chains.Where(c => c.Steps.Count == 0))
        {
            results[empty.Key] = new BatchChainResult(empty.Key, [], null);
        }

        return results;
    }

    private async Task SendGroupAsync(
        string operation, List<PendingChain> group, bool idempotent, List<PendingChain> retry, Dictionary<string, BatchChainResult> results, CancellationToken ct)
    {
        Dictionary<string, HttpResponseMessage> responses;
        var stepCount = group.Sum(c => c.Remaining);
        try
        {
            responses = await caller.CallAsync(operation, async attemptCt =>
            {
                // Rebuilt per attempt: the SDK's batch content is single-use.
                var batch = await BuildAsync(group, attemptCt);
                var response = await client.Batch.PostAsync(batch, attemptCt);
                var byId = new Dictionary<string, HttpResponseMessage>(StringComparer.Ordinal);
                foreach (var id in (await response.GetResponsesStatusCodesAsync()).Keys)
                {
                    byId[id] = await response.GetResponseByIdAsync(id);
                }

                return byId;
            }, ct, cost: stepCount);
        }
        catch (GraphOperationException e)
        {
            foreach (var chain in group)
            {
                results[chain.Chain.Key] = chain.Result(e.Failure);
            }

            return;
        }

        try
        {
            var stepId = 0;
            foreach (var chain in group)
            {
                var start = chain.NextStep;
                GraphFailure? failure = null;
                for (var i = start; i < chain.Chain.Steps.Count; i++)
                {
                    var id = (++stepId).ToString(CultureInfo.InvariantCulture);
                    if (failure is not null)
                    {
                        continue; // later steps of a failed chain answer 424; the chain resumes at the failed step
                    }

                    var step = await ReadStepAsync(responses.GetValueOrDefault(id), ct);
                    if (step.Status is >= 200 and < 300)
                    {
                        chain.Responses.Add(step);
                        chain.NextStep++;
                    }
                    else
                    {
                        failure = GraphFailure.FromStatus(step.Status, ErrorCode(step.Body), RetryAfter(responses.GetValueOrDefault(id)?.Headers));
                    }
                }

                if (failure is null)
                {
                    results[chain.Chain.Key] = chain.Result(null);
                }
                else if (failure.IsRetryable(idempotent))
                {
                    chain.LastFailure = failure;
                    retry.Add(chain);
                }
                else
                {
                    results[chain.Chain.Key] = chain.Result(failure);
                }
            }
        }
        finally
        {
            foreach (var response in responses.Values)
            {
                response.Dispose();
            }
        }
    }

    private async Task<BatchRequestContentCollection> BuildAsync(List<PendingChain> group, CancellationToken ct)
    {
        var batch = new BatchRequestContentCollection(client, Math.Max(2, options.BatchSize));
        var stepId = 0;
        foreach (var chain in group)
        {
            string? previous = null;
            for (var i = chain.NextStep; i < chain.Chain.Steps.Count; i++)
            {
                var message = await client.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(chain.Chain.Steps[i](), ct)
                    ?? throw new InvalidOperationException("The Graph request adapter produced no HTTP request.");

                // The batch request itself is authenticated; a bearer token copied into every step adds nothing.
                message.Headers.Authorization = null;
                await DetachBodyAsync(message, ct);
                var id = (++stepId).ToString(CultureInfo.InvariantCulture);
                batch.AddBatchRequestStep(new BatchRequestStep(id, message, previous is null ? null : [previous]));
                previous = id;
            }
        }

        return batch;
    }

    /// <summary>
    /// Kiota serialises a step's body into a pooled 128 KB block (a RecyclableMemoryStream) that only goes back to its
    /// pool when the content is disposed, and the SDK's batch never disposes step requests: each PATCH and move left a
    /// fresh 128 KB large-object array behind, hundreds of MB between gen-2 collections during a backfill. The body is
    /// a few hundred bytes, so it is copied out and the block returned at once.
    /// </summary>
    private static async Task DetachBodyAsync(HttpRequestMessage message, CancellationToken ct)
    {
        if (message.Content is not { } pooled)
        {
            return;
        }

        var copy = new ByteArrayContent(await pooled.ReadAsByteArrayAsync(ct));
        foreach (var header in pooled.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        message.Content = copy;
        pooled.Dispose();
    }

    /// <summary>Chains in order, packed into batches without splitting a chain.</summary>
    private IEnumerable<List<PendingChain>> Pack(List<PendingChain> chains)
    {
        var group = new List<PendingChain>();
        var steps = 0;
        foreach (var chain in chains)
        {
            if (steps + chain.Remaining > options.BatchSize && group.Count > 0)
            {
                yield return group;
                group = [];
                steps = 0;
            }

            group.Add(chain);
            steps += chain.Remaining;
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static async Task<BatchStepResponse> ReadStepAsync(HttpResponseMessage? response, CancellationToken ct) =>
        response is null
            ? new BatchStepResponse(0, [])
            : new BatchStepResponse((int)response.StatusCode, response.Content is null ? [] : await response.Content.ReadAsByteArrayAsync(ct));

    private TimeSpan? RetryAfter(HttpResponseHeaders? headers) =>
        GraphFailure.RetryAfterFrom(headers?.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value)), caller.Time.GetUtcNow());

    private static string? ErrorCode(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class PendingChain(BatchChain chain)
    {
        public BatchChain Chain { get; } = chain;
        public int NextStep { get; set; }
        public List<BatchStepResponse> Responses { get; } = [];
        public GraphFailure? LastFailure { get; set; }
        public int Remaining => Chain.Steps.Count - NextStep;

        public BatchChainResult Result(GraphFailure? failure) => new(Chain.Key, [.. Responses], failure);
    }
}

using System.Text.Json;

namespace MailTriage.GraphEmulator.Http;

/// <summary>
/// JSON batching (<c>POST /$batch</c>): up to 20 steps, each run as its own Graph operation (counted, throttled and
/// fault-injected individually, as Exchange does), in order, with <c>dependsOn</c> answered 424 when a
/// dependency failed.
/// </summary>
internal sealed class BatchHandler(EmulatorState s, OperationRunner runner)
{
    public async Task<(GraphResponse Response, IReadOnlyList<string> Mailboxes)> HandleAsync(GraphRequest r, CancellationToken ct)
    {
        if (r.Body is not { ValueKind: JsonValueKind.Object } body || body.Get("requests") is not { ValueKind: JsonValueKind.Array } requests)
        {
            return (GraphResponse.BadRequest("The batch body must be {\"requests\": [...]}"), []);
        }

        var steps = requests.EnumerateArray().ToList();
        if (steps.Count == 0 || steps.Count > s.Options.MaxBatchSize)
        {
            return (GraphResponse.BadRequest($"A batch holds 1 to {s.Options.MaxBatchSize} requests; got {steps.Count}."), []);
        }

        var ids = steps.Select(step => step.GetString("id") ?? "").ToList();
        if (ids.Any(string.IsNullOrEmpty) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return (GraphResponse.BadRequest("Every batch request needs a unique id."), []);
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<(string Id, GraphResponse Response)>();
        var mailboxes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in steps)
        {
            var id = step.GetString("id")!;
            var dependsOn = step.GetArray("dependsOn").Select(d => d.GetString() ?? "").ToList();
            if (dependsOn.Any(d => !statuses.ContainsKey(d)))
            {
                return (GraphResponse.BadRequest($"Request {id} depends on a request that is not before it in the batch."), []);
            }

            GraphResponse response;
            if (dependsOn.Any(d => statuses[d] is < 200 or > 299))
            {
                response = GraphResponse.Error(424, "FailedDependency", "The request depends on a request that failed.");
            }
            else
            {
                var (stepResponse, mailbox) = await RunStepAsync(step, ct);
                response = stepResponse;
                if (mailbox is not null)
                {
                    mailboxes.Add(mailbox);
                }
            }

            statuses[id] = response.Status;
            results.Add((id, response));
        }

        return (GraphResponse.Json(200, w => WriteResponses(w, results)), mailboxes.ToList());
    }

    private async Task<(GraphResponse Response, string? Mailbox)> RunStepAsync(JsonElement step, CancellationToken ct)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (step.Get("headers") is { ValueKind: JsonValueKind.Object } h)
        {
            foreach (var p in h.EnumerateObject())
            {
                headers[p.Name] = p.Value.GetString() ?? "";
            }
        }

        var body = step.Get("body");
        if (body is not null && !headers.ContainsKey("Content-Type"))
        {
            return (GraphResponse.BadRequest("Content-Type header must be specified for requests with a body."), null);
        }

        var request = GraphRequest.Create(step.GetString("method") ?? "GET", step.GetString("url") ?? "", headers, body?.Clone(), inBatch: true);
        var route = GraphRouter.Match(s, request);
        var mailbox = route.UserKey is null ? null : s.CanonicalMailbox(route.UserKey);
        return (await runner.RunAsync(request, route, ct), mailbox);
    }

    private static void WriteResponses(Utf8JsonWriter w, List<(string Id, GraphResponse Response)> results)
    {
        w.WriteStartObject();
        w.WriteStartArray("responses");
        foreach (var (id, response) in results)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("status", response.Status);
            w.WriteStartObject("headers");
            foreach (var (name, value) in response.Headers)
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            if (response.Body is { Length: > 0 } bytes)
            {
                w.WritePropertyName("body");
                w.WriteRawValue(bytes);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

using System.Text.Json;
using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MailTriage.GraphEmulator.Http;

/// <summary>The Kestrel entry point: turns an HTTP request into a <see cref="GraphRequest"/> and writes the answer.</summary>
internal sealed class HttpDispatcher(EmulatorState s)
{
    private readonly OperationRunner _runner = new(s);

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        try
        {
            var request = await ReadAsync(http, ct);
            var route = GraphRouter.Match(s, request);
            s.Counters.CountHttp(route.Kind == GraphRequestKind.Batch);
            var response = route.Kind == GraphRequestKind.Batch
                ? await HandleBatchAsync(request, ct)
                : await HandleSingleAsync(request, route, ct);
            await WriteAsync(http, response, ct);
        }
        catch (DropConnectionException)
        {
            http.Abort();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client gave up (its own timeout); nothing to answer.
        }
        catch (JsonException)
        {
            await WriteAsync(http, GraphResponse.BadRequest("The request body is not valid JSON."), ct);
        }
    }

    private async Task<GraphResponse> HandleSingleAsync(GraphRequest request, Route route, CancellationToken ct)
    {
        if (route.UserKey is not null)
        {
            s.Counters.Set(s.CanonicalMailbox(route.UserKey)).Http();
        }

        return await _runner.RunAsync(request, route, ct);
    }

    /// <summary>The batch request itself can be throttled, slowed or dropped before any step runs.</summary>
    private async Task<GraphResponse> HandleBatchAsync(GraphRequest request, CancellationToken ct)
    {
        var fault = s.Faults.Decide(GraphRequestKind.Batch, inBatch: false, hasDeltaToken: false);
        switch (fault.Kind)
        {
            case FaultKind.TooManyRequests:
                return GraphResponse.Error(429, "TooManyRequests", "Too many requests.", fault.RetryAfter);
            case FaultKind.ServiceUnavailable:
                return GraphResponse.Error(503, "ServiceUnavailable", "The service is temporarily unavailable.", fault.RetryAfter);
            case FaultKind.Timeout:
                await Task.Delay(fault.Delay, s.Options.Time, ct);
                throw new DropConnectionException();
            case FaultKind.Slow:
                await Task.Delay(fault.Delay, s.Options.Time, ct);
                break;
        }

        var (response, mailboxes) = await new BatchHandler(s, _runner).HandleAsync(request, ct);
        foreach (var mailbox in mailboxes)
        {
            s.Counters.Set(mailbox).Http();
        }

        return response;
    }

    private static async Task<GraphRequest> ReadAsync(HttpContext http, CancellationToken ct)
    {
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        JsonElement? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
            body = document.RootElement.Clone();
        }

        // RawTarget keeps %40 and %24 as sent; GraphRequest unescapes each segment and query value itself.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        return GraphRequest.Create(http.Request.Method, target, headers, body, inBatch: false);
    }

    private static async Task WriteAsync(HttpContext http, GraphResponse response, CancellationToken ct)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.ContentType = value;
            }
            else
            {
                http.Response.Headers[name] = value;
            }
        }

        if (response.Body is { } body)
        {
            await http.Response.Body.WriteAsync(body, ct);
        }
    }
}

using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;

namespace MailTriage.GraphEmulator.Http;

/// <summary>Thrown when an injected timeout should end in a dropped connection rather than a response.</summary>
internal sealed class DropConnectionException : Exception;

/// <summary>
/// Runs one Graph operation — a direct request or a <c>$batch</c> step — through counting, fault injection and the
/// mailbox's throttling budget, then its handler under the store lock.
/// </summary>
internal sealed class OperationRunner(EmulatorState s)
{
    private static readonly HashSet<GraphRequestKind> MessageKinds =
    [
        GraphRequestKind.Delta, GraphRequestKind.ListMessages, GraphRequestKind.GetMessage, GraphRequestKind.PatchMessage,
        GraphRequestKind.MoveMessage, GraphRequestKind.ListAttachments, GraphRequestKind.GetAttachment,
    ];

    public async Task<GraphResponse> RunAsync(GraphRequest r, Route route, CancellationToken ct)
    {
        var mailbox = route.UserKey is null ? null : s.CanonicalMailbox(route.UserKey);
        var counters = mailbox is null ? null : s.Counters.Set(mailbox);
        counters?.Operation(route.Kind);
        if (counters is not null && MessageKinds.Contains(route.Kind) && !r.Prefer.ImmutableId)
        {
            counters.MissingImmutableId();
        }

        if (counters is not null && route.Kind == GraphRequestKind.Delta && r.Prefer.MaxPageSize is null)
        {
            counters.MissingPageSize();
        }

        var q = r.OData;
        var fault = s.Faults.Decide(route.Kind, r.InBatch, route.Kind == GraphRequestKind.Delta && (q.SkipToken ?? q.DeltaToken) is not null);
        if (fault.Kind != FaultKind.None)
        {
            counters?.Fault();
        }

        switch (fault.Kind)
        {
            case FaultKind.TooManyRequests:
                return GraphResponse.Error(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", fault.RetryAfter);
            case FaultKind.ServiceUnavailable:
                return GraphResponse.Error(503, "ServiceUnavailable", "The service is temporarily unavailable.", fault.RetryAfter);
            case FaultKind.ExpiredDeltaToken:
                return GraphResponse.Error(410, "SyncStateNotFound", "The sync state generation is not found. Resynchronize from scratch.");
            case FaultKind.Timeout:
                await Task.Delay(fault.Delay, s.Options.Time, ct);
                throw new DropConnectionException();
            case FaultKind.Slow:
                await Task.Delay(fault.Delay, s.Options.Time, ct);
                break;
        }

        if (mailbox is null)
        {
            lock (s.Store.Sync)
            {
                return route.Handle();
            }
        }

        var throttle = s.Throttle(mailbox);
        var admitted = throttle.TryEnter(out var attempted, out var reason);
        counters!.InFlight(attempted);
        if (!admitted)
        {
            counters.Throttled();
            return GraphResponse.Error(429, "ApplicationThrottled", reason!, s.Options.ThrottleRetryAfter);
        }

        try
        {
            if (s.Options.OperationLatency > TimeSpan.Zero)
            {
                await Task.Delay(s.Options.OperationLatency, s.Options.Time, ct);
            }

            lock (s.Store.Sync)
            {
                return route.Handle();
            }
        }
        finally
        {
            throttle.Exit();
        }
    }
}

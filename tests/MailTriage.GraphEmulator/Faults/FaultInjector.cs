using MailTriage.GraphEmulator.Counters;

namespace MailTriage.GraphEmulator.Faults;

/// <summary>
/// Decides, per request, whether to inject a fault: first from the queue of scripted faults (deterministic tests),
/// then at random from the current <see cref="FaultProfile"/> with a seeded generator (reproducible soak tests).
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly Random _random;
    private readonly List<ScriptedFault> _scripted = [];
    private FaultProfile _profile = FaultProfile.None;

    internal FaultInjector(int seed) => _random = new Random(seed);

    /// <summary>The random fault profile in force; swap it at any time (e.g. to <see cref="FaultProfile.None"/>).</summary>
    public FaultProfile Profile
    {
        get { lock (_lock) { return _profile; } }
        set { lock (_lock) { _profile = value; } }
    }

    /// <summary>Answers the next <paramref name="count"/> matching requests with 429, 503 or 410.</summary>
    public void FailNext(int status, int count = 1, GraphRequestKind? kind = null, TimeSpan? retryAfter = null)
    {
        var fault = status switch
        {
            429 => FaultKind.TooManyRequests,
            503 => FaultKind.ServiceUnavailable,
            410 => FaultKind.ExpiredDeltaToken,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only 429, 503 and 410 can be scripted."),
        };
        lock (_lock)
        {
            _scripted.Add(new ScriptedFault(fault, kind, retryAfter ?? TimeSpan.Zero, count));
        }
    }

    internal FaultDecision Decide(GraphRequestKind kind, bool inBatch, bool hasDeltaToken)
    {
        lock (_lock)
        {
            var scripted = _scripted.FindIndex(s => (s.Kind is null || s.Kind == kind) && (s.Fault != FaultKind.ExpiredDeltaToken || hasDeltaToken));
            if (scripted >= 0)
            {
                var s = _scripted[scripted];
                _scripted[scripted] = s with { Remaining = s.Remaining - 1 };
                if (s.Remaining <= 1)
                {
                    _scripted.RemoveAt(scripted);
                }

                return new FaultDecision(s.Fault, TimeSpan.Zero, s.RetryAfter);
            }

            var p = _profile;
            if (inBatch && !p.InBatchSteps)
            {
                return FaultDecision.None;
            }

            if (hasDeltaToken && Roll(p.ExpiredDeltaToken))
            {
                return new FaultDecision(FaultKind.ExpiredDeltaToken, TimeSpan.Zero, TimeSpan.Zero);
            }

            if (Roll(p.TooManyRequests))
            {
                return new FaultDecision(FaultKind.TooManyRequests, TimeSpan.Zero, p.RetryAfter);
            }

            if (Roll(p.ServiceUnavailable))
            {
                return new FaultDecision(FaultKind.ServiceUnavailable, TimeSpan.Zero, p.RetryAfter);
            }

            // A batch step cannot hang on its own: slowness and timeouts apply to whole HTTP requests.
            if (!inBatch && Roll(p.Timeout))
            {
                return new FaultDecision(FaultKind.Timeout, p.TimeoutDelay, TimeSpan.Zero);
            }

            if (!inBatch && Roll(p.SlowResponse))
            {
                return new FaultDecision(FaultKind.Slow, p.SlowDelay, TimeSpan.Zero);
            }

            return FaultDecision.None;
        }
    }

    private bool Roll(double probability) => probability > 0 && _random.NextDouble() < probability;

    private sealed record ScriptedFault(FaultKind Fault, GraphRequestKind? Kind, TimeSpan RetryAfter, int Remaining);
}

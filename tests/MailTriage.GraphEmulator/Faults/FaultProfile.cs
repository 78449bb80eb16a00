namespace MailTriage.GraphEmulator.Faults;

/// <summary>
/// Random faults, each a probability per request (0 to 1), drawn from the emulator's seeded generator.
/// Keep <see cref="RetryAfter"/> small in tests: clients are expected to wait for it.
/// </summary>
public sealed record FaultProfile
{
    public static FaultProfile None { get; } = new();

    /// <summary>429 Too Many Requests with Retry-After.</summary>
    public double TooManyRequests { get; init; }

    /// <summary>503 Service Unavailable with Retry-After.</summary>
    public double ServiceUnavailable { get; init; }

    /// <summary>The response is delayed by <see cref="SlowDelay"/>, then served normally.</summary>
    public double SlowResponse { get; init; }

    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The request hangs for <see cref="TimeoutDelay"/> unprocessed, then the connection is dropped.</summary>
    public double Timeout { get; init; }

    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>410 Gone (SyncStateNotFound) for delta requests that carry a skip or delta token.</summary>
    public double ExpiredDeltaToken { get; init; }

    /// <summary>Sent as whole seconds, rounded up (0 is allowed and means "retry now").</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether 429/503/410 are also drawn for each <c>$batch</c> step (Graph throttles steps individually).</summary>
    public bool InBatchSteps { get; init; } = true;
}

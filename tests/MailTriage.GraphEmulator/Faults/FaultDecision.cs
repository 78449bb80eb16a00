namespace MailTriage.GraphEmulator.Faults;

internal enum FaultKind
{
    None,
    TooManyRequests,
    ServiceUnavailable,
    Slow,
    Timeout,
    ExpiredDeltaToken,
}

internal readonly record struct FaultDecision(FaultKind Kind, TimeSpan Delay, TimeSpan RetryAfter)
{
    public static FaultDecision None => new(FaultKind.None, TimeSpan.Zero, TimeSpan.Zero);
}

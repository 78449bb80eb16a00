namespace MailTriage.Worker.Graph;

/// <summary>How long to wait before retry <c>attempt</c> (0-based). Pure: randomness comes in as a number in [0, 1).</summary>
public static class RetryDelay
{
    /// <summary>
    /// The server's Retry-After when it sent a positive one (Graph's throttling contract), otherwise exponential
    /// back-off from <paramref name="baseDelay"/> with ±25 % jitter so many mailboxes do not retry in step; both
    /// capped at <paramref name="max"/>. "Retry-After: 0" counts as no hint: retrying at once only hammers a busy mailbox.
    /// </summary>
    public static TimeSpan Compute(int attempt, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan max, double random01)
    {
        if (retryAfter is { } serverWait && serverWait > TimeSpan.Zero)
        {
            return serverWait > max ? max : serverWait;
        }

        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var jittered = exponential * (0.75 + (0.5 * random01));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, max.TotalMilliseconds));
    }
}

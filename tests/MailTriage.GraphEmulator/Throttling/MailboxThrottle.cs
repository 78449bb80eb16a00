namespace MailTriage.GraphEmulator.Throttling;

/// <summary>
/// Exchange's per-app, per-mailbox budgets: a cap on concurrent requests and a cap on requests per window.
/// Exceeding either is answered with 429 and Retry-After, as Exchange Online does.
/// </summary>
internal sealed class MailboxThrottle(int maxConcurrent, int budget, TimeSpan window, TimeProvider time)
{
    private readonly Queue<long> _recent = new();
    private readonly Lock _lock = new();
    private int _inFlight;

    /// <summary>Tries to admit one operation; <paramref name="attempted"/> is the in-flight count including it.</summary>
    public bool TryEnter(out int attempted, out string? reason)
    {
        lock (_lock)
        {
            attempted = _inFlight + 1;
            var now = time.GetTimestamp();
            while (_recent.Count > 0 && time.GetElapsedTime(_recent.Peek(), now) > window)
            {
                _recent.Dequeue();
            }

            if (_inFlight >= maxConcurrent)
            {
                reason = "Application is over its MailboxConcurrency limit.";
                return false;
            }

            if (_recent.Count >= budget)
            {
                reason = "Application is over its request budget for this mailbox.";
                return false;
            }

            _inFlight++;
            _recent.Enqueue(now);
            reason = null;
            return true;
        }
    }

    public void Exit()
    {
        lock (_lock)
        {
            _inFlight--;
        }
    }
}

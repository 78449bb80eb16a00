using MailTriage.Routing.Calendars;
using NodaTime;

namespace MailTriage.Routing.Sla;

/// <summary>
/// The wall-clock stretches during which one SLA clock was counting. Business time is only ever measured inside
/// these, which is how pauses (waiting on the customer, resolved) are kept out of the elapsed time.
/// </summary>
internal sealed class ClockSegments
{
    private readonly List<(Instant Start, Instant? End)> _segments = [];

    public bool IsRunning => _segments.Count > 0 && _segments[^1].End is null;

    public void Start(Instant at)
    {
        if (!IsRunning)
        {
            _segments.Add((at, null));
        }
    }

    public void Stop(Instant at)
    {
        if (IsRunning)
        {
            _segments[^1] = (_segments[^1].Start, at);
        }
    }

    /// <summary>Business time counted up to <paramref name="asOf"/>; a running segment counts until then.</summary>
    public Duration Elapsed(BusinessCalendar calendar, Instant asOf)
    {
        var total = Duration.Zero;
        foreach (var (start, end) in _segments)
        {
            var until = end is { } e && e < asOf ? e : asOf;
            total += calendar.BusinessTimeBetween(start, until);
        }

        return total;
    }

    /// <summary>
    /// The first instant at which the counted business time reaches <paramref name="amount"/>: in the past if it
    /// already has, projected if the clock is running, null if the clock stopped or paused short of it.
    /// </summary>
    public Instant? WhenReaches(BusinessCalendar calendar, Duration amount)
    {
        if (_segments.Count == 0)
        {
            return null;
        }

        if (amount <= Duration.Zero)
        {
            return _segments[0].Start;
        }

        var counted = Duration.Zero;
        foreach (var (start, end) in _segments)
        {
            var needed = amount - counted;
            if (end is not { } stop)
            {
                return calendar.AddBusinessTime(start, needed);
            }

            var length = calendar.BusinessTimeBetween(start, stop);
            if (length >= needed)
            {
                return calendar.AddBusinessTime(start, needed);
            }

            counted += length;
        }

        return null;
    }
}

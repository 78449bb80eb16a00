using NodaTime;

namespace MailTriage.Routing.Time;

/// <summary>
/// The one bridge from the host's <see cref="TimeProvider"/> to NodaTime. Routing never reads a clock itself:
/// callers ask their provider for "now" and hand the <see cref="Instant"/> in, which keeps every rule replayable.
/// </summary>
public static class TimeProviderExtensions
{
    public static Instant GetCurrentInstant(this TimeProvider timeProvider) =>
        Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
}

using NodaTime;

namespace MailTriage.Worker.Storage;

/// <summary>
/// Instants are stored as 100-ns ticks since the Unix epoch: exact for anything a <see cref="TimeProvider"/> returns,
/// sortable in an index, and free of LiteDB's local-time conversion of <see cref="DateTime"/>.
/// </summary>
internal static class InstantTicks
{
    public static long From(Instant instant) => instant.ToUnixTimeTicks();

    public static long? From(Instant? instant) => instant?.ToUnixTimeTicks();

    public static long From(DateTimeOffset value) => Instant.FromDateTimeOffset(value).ToUnixTimeTicks();

    public static Instant ToInstant(long ticks) => Instant.FromUnixTimeTicks(ticks);

    public static Instant? ToInstant(long? ticks) => ticks is { } t ? Instant.FromUnixTimeTicks(t) : null;

    public static DateTimeOffset ToDateTimeOffset(long ticks) => Instant.FromUnixTimeTicks(ticks).ToDateTimeOffset();
}

namespace MailTriage.GraphEmulator.Counters;

/// <summary>A snapshot of one mailbox's counters.</summary>
public sealed record MailboxCounters
{
    /// <summary>HTTP round trips that touched this mailbox (a <c>$batch</c> counts once per mailbox it touches).</summary>
    public long HttpRequests { get; init; }

    /// <summary>Operations as Exchange counts them against its budgets: direct requests plus every batch step.</summary>
    public long Operations { get; init; }

    public required IReadOnlyDictionary<GraphRequestKind, long> ByKind { get; init; }

    /// <summary>429s answered because this mailbox's concurrency or request budget was exceeded.</summary>
    public long Throttled { get; init; }

    /// <summary>Faults injected at random or from the queue (429, 503, 410, slow, timeout).</summary>
    public long FaultsInjected { get; init; }

    /// <summary>Message operations sent without <c>Prefer: IdType="ImmutableId"</c>.</summary>
    public long MissingImmutableIdPrefer { get; init; }

    /// <summary>Delta requests sent without <c>Prefer: odata.maxpagesize</c>.</summary>
    public long MissingPageSizePrefer { get; init; }

    /// <summary>The most operations seen in flight at once, rejected ones included.</summary>
    public int PeakInFlight { get; init; }

    public long Of(GraphRequestKind kind) => ByKind.GetValueOrDefault(kind);
}

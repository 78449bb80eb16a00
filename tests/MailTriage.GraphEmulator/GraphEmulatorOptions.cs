namespace MailTriage.GraphEmulator;

/// <summary>How the emulator behaves; the defaults mirror Exchange Online where Exchange has a documented value.</summary>
public sealed record GraphEmulatorOptions
{
    /// <summary>Seeds ids and random faults, so a failing soak test can be replayed.</summary>
    public int Seed { get; init; } = 1;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Exchange: 4 concurrent requests per app per mailbox; the fifth is answered 429.</summary>
    public int MaxConcurrentRequestsPerMailbox { get; init; } = 4;

    /// <summary>Exchange: 10,000 requests per app per mailbox in 10 minutes.</summary>
    public int RequestBudgetPerMailbox { get; init; } = 10_000;

    public TimeSpan RequestBudgetWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Retry-After sent with budget 429s; whole seconds on the wire.</summary>
    public TimeSpan ThrottleRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Page size of a delta request without <c>Prefer: odata.maxpagesize</c> (Graph's mail default is 10).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest page honoured; a bigger maxpagesize is clamped.</summary>
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>Added to every operation while it holds its mailbox's concurrency slot, so overlap is observable.</summary>
    public TimeSpan OperationLatency { get; init; } = TimeSpan.Zero;

    /// <summary>sendMail to an address that is an emulated mailbox delivers a copy to its inbox (to test loops).</summary>
    public bool DeliverToLocalMailboxes { get; init; } = true;

    /// <summary>Delivered copies lose the sender's custom X- headers, as observed with Graph sendMail.</summary>
    public bool StripCustomHeadersOnDelivery { get; init; } = true;

    /// <summary>Largest $batch accepted (Graph: 20).</summary>
    public int MaxBatchSize { get; init; } = 20;
}

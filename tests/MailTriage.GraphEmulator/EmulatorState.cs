using System.Collections.Concurrent;
using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;
using MailTriage.GraphEmulator.Mail;
using MailTriage.GraphEmulator.Throttling;

namespace MailTriage.GraphEmulator;

/// <summary>Everything the request handlers share: the store, the sent-mail log, counters, faults and budgets.</summary>
internal sealed class EmulatorState(GraphEmulatorOptions options)
{
    private readonly ConcurrentDictionary<string, MailboxThrottle> _throttles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SentMail> _sent = [];

    public GraphEmulatorOptions Options { get; } = options;
    public MailStore Store { get; } = new(options.Time, options.Seed);
    public RequestCounters Counters { get; } = new();
    public FaultInjector Faults { get; } = new(options.Seed);

    /// <summary>e.g. http://127.0.0.1:5123/v1.0 — set once Kestrel has bound its port.</summary>
    public string BaseUrl { get; set; } = "";

    public MailboxThrottle Throttle(string mailbox) =>
        _throttles.GetOrAdd(mailbox, _ => new MailboxThrottle(
            Options.MaxConcurrentRequestsPerMailbox, Options.RequestBudgetPerMailbox, Options.RequestBudgetWindow, Options.Time));

    /// <summary>The mailbox's address for counters, whether the request named it by address or object id.</summary>
    public string CanonicalMailbox(string userKey)
    {
        lock (Store.Sync)
        {
            return Store.FindMailbox(userKey)?.Address ?? userKey;
        }
    }

    /// <summary>Call under <see cref="MailStore.Sync"/>.</summary>
    public void RecordSent(SentMail mail) => _sent.Add(mail);

    public IReadOnlyList<SentMail> SentSnapshot()
    {
        lock (Store.Sync)
        {
            return [.. _sent];
        }
    }
}

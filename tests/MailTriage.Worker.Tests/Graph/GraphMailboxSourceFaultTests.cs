using System.Diagnostics;
using MailTriage.GraphEmulator;
using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;
using MailTriage.Worker.Graph;
using MailTriage.Worker.Mailboxes;
using Xunit.Abstractions;

namespace MailTriage.Worker.Tests.Graph;

public sealed class GraphMailboxSourceFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Pipeline_RandomSeededFaultsOnSeveralMailboxes_EveryMessageTriagedAndActedOn()
    {
        await using var h = await GraphHarness.StartAsync(
            new GraphEmulatorOptions { Seed = 42, OperationLatency = TimeSpan.FromMilliseconds(2) },
            o =>
            {
                o.PageSize = 10;
                o.RequestTimeout = TimeSpan.FromSeconds(1);
            });
        h.Emulator.Faults.Profile = new FaultProfile
        {
            TooManyRequests = 0.15,
            ServiceUnavailable = 0.05,
            SlowResponse = 0.05,
            SlowDelay = TimeSpan.FromMilliseconds(50),
            Timeout = 0.01,
            TimeoutDelay = TimeSpan.FromSeconds(2),
            ExpiredDeltaToken = 0.05,
            RetryAfter = TimeSpan.Zero,
        };
        var mailboxes = Enumerable.Range(1, 4).Select(i => h.Emulator.AddMailbox($"ar{i}@contoso.example")).ToList();
        foreach (var mailbox in mailboxes)
        {
            Enumerable.Range(1, 25).ToList().ForEach(n => mailbox.AddMessage(GraphHarness.Mail(n)));
        }

        await Task.WhenAll(mailboxes.Select(m => RunPipelineAsync(h, m, arriving: 10)));

        h.Emulator.Faults.Profile = FaultProfile.None;
        foreach (var mailbox in mailboxes)
        {
            var all = mailbox.Messages();
            Assert.Equal(35, all.Count);
            Assert.All(all, m =>
            {
                Assert.Equal("Done", m.FolderName);
                Assert.Equal(["AR/Remittance"], m.Categories);
            });
            var counters = mailbox.Counters;
            output.WriteLine($"{mailbox.Address}: {counters.HttpRequests} HTTP requests, {counters.Operations} operations, {counters.FaultsInjected} faults injected");
            Assert.True(counters.FaultsInjected > 0);
            Assert.Equal(0, counters.Throttled);
            Assert.InRange(counters.PeakInFlight, 1, 4);
        }
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddMessage(GraphHarness.Mail(1));
        h.Emulator.Faults.FailNext(429, kind: GraphRequestKind.Delta, retryAfter: TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var batch = await h.Source(mailbox.Address).FetchAsync(CancellationToken.None);

        Assert.Single(batch.Messages);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}");
        Assert.Equal(2, mailbox.Counters.Of(GraphRequestKind.Delta));
    }

    [Fact]
    public async Task FetchAsync_ThrottledBeyondMaxRetries_FailsWithTheClassifiedError()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.MaxRetries = 2);
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        h.Emulator.Faults.FailNext(503, count: 3, kind: GraphRequestKind.Delta);

        var error = await Assert.ThrowsAsync<GraphOperationException>(() => h.Source(mailbox.Address).FetchAsync(CancellationToken.None));

        Assert.Equal(GraphFailureKind.Throttled, error.Failure.Kind);
        Assert.Equal(503, error.Failure.Status);
    }

    [Fact]
    public async Task SendAsync_ManyInParallel_NeverMoreThanFourInFlightPerMailbox()
    {
        await using var h = await GraphHarness.StartAsync(new GraphEmulatorOptions { OperationLatency = TimeSpan.FromMilliseconds(40) });
        var mailbox = h.Emulator.AddMailbox("disputes@contoso.example");
        var source = h.Source(mailbox.Address);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => source.SendAsync(Notification(i), CancellationToken.None)));

        Assert.Equal(12, h.Emulator.SentMail.Count);
        Assert.InRange(mailbox.Counters.PeakInFlight, 2, 4);
        Assert.Equal(0, mailbox.Counters.Throttled);
    }

    [Fact]
    public async Task SendAsync_MailboxAllowsFewerConcurrentRequests_ThrottledSendsAreRetriedNotLost()
    {
        await using var h = await GraphHarness.StartAsync(new GraphEmulatorOptions
        {
            OperationLatency = TimeSpan.FromMilliseconds(40),
            MaxConcurrentRequestsPerMailbox = 2,
            ThrottleRetryAfter = TimeSpan.Zero,
        });
        var mailbox = h.Emulator.AddMailbox("disputes@contoso.example");
        var source = h.Source(mailbox.Address);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => source.SendAsync(Notification(i), CancellationToken.None)));

        Assert.True(mailbox.Counters.Throttled > 0);
        Assert.Equal(12, h.Emulator.SentMail.Select(m => m.Subject).Distinct().Count());
    }

    [Fact]
    public async Task FetchAsync_RequestBudgetConfiguredLikeTheMailbox_IsNeverThrottled()
    {
        await using var h = await GraphHarness.StartAsync(
            new GraphEmulatorOptions { RequestBudgetPerMailbox = 40, RequestBudgetWindow = TimeSpan.FromSeconds(1), ThrottleRetryAfter = TimeSpan.Zero },
            o =>
            {
                o.PageSize = 10;
                o.RequestBudget = 40;
                o.RequestBudgetWindow = TimeSpan.FromSeconds(1);
            });
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var ids = Enumerable.Range(1, 50).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToList();

        var messages = await GraphHarness.DrainAsync(h.Source(mailbox.Address));

        Assert.Equal(ids.Order(), messages.Select(m => m.SourceId).Order());
        Assert.True(mailbox.Counters.Operations > 40, "the workload must exceed one window's budget");
        Assert.Equal(0, mailbox.Counters.Throttled);
    }

    /// <summary>Fetch → dedup → act → commit, with new mail arriving mid-run, until the mailbox is quiet.</summary>
    private static async Task RunPipelineAsync(GraphHarness h, EmulatedMailbox mailbox, int arriving)
    {
        var source = h.Source(mailbox.Address);
        var triaged = new HashSet<string>();
        var pending = new Dictionary<string, IncomingMessage>();
        for (var round = 0; round < 200; round++)
        {
            if (round == 2)
            {
                Enumerable.Range(100, arriving).ToList().ForEach(n => mailbox.AddMessage(GraphHarness.Mail(n)));
            }

            MailboxBatch batch;
            try
            {
                batch = await source.FetchAsync(CancellationToken.None);
            }
            catch (GraphOperationException)
            {
                continue; // the pipeline logs and tries again next cycle
            }

            foreach (var m in batch.Messages.Where(m => triaged.Add(m.SourceId)))
            {
                pending[m.SourceId] = m;
            }

            var outcomes = await source.ApplyAsync(
                pending.Values.Select(m => new MessageActions { Message = m, Categories = ["AR/Remittance"], MoveToFolder = "Done" }).ToList(),
                CancellationToken.None);
            foreach (var done in outcomes.Where(o => o.Succeeded))
            {
                pending.Remove(done.SourceId);
            }

            await source.CommitAsync(batch, CancellationToken.None);
            if (round > 2 && batch.Messages.Count == 0 && pending.Count == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException($"{mailbox.Address} never settled; {pending.Count} pending");
    }

    private static OutgoingMail Notification(int i) => new()
    {
        To = ["owner@contoso.example"],
        Subject = $"[MailTriage] Dispute D-{i}",
        HtmlBody = "<p>Please review.</p>",
        MarkerId = $"dispute-{i}",
    };
}

using MailTriage.GraphEmulator;
using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace MailTriage.EndToEnd.Tests.Graph;

public sealed class GraphFaultTests(ITestOutputHelper output)
{
    /// <summary>
    /// Seeded random 429s and 503s (Retry-After: 0, so the worker backs off on its own), two scripted 429s with a real
    /// Retry-After, slow answers and dead delta tokens, on whole requests and on single $batch steps, while mail keeps
    /// arriving. Timeouts are left out on purpose: a sendMail that timed out may have been delivered, so the worker
    /// never resends it (at most once) and a random timeout there would be a lost task mail by design; timeouts on the
    /// idempotent calls are covered in Worker.Tests.
    /// </summary>
    [Fact]
    public async Task Run_RandomSeededThrottlingAndFaults_EveryMessageTriagedAndActedOnExactlyOnce()
    {
        await using var world = await GraphWorld.StartAsync(new GraphEmulatorOptions { Seed = 7, OperationLatency = TimeSpan.FromMilliseconds(1) });
        var seeded = SampleMail.SeedAll(world, written: 21);
        world.Emulator.Faults.Profile = new FaultProfile
        {
            TooManyRequests = 0.12,
            ServiceUnavailable = 0.05,
            SlowResponse = 0.05,
            SlowDelay = TimeSpan.FromMilliseconds(40),
            ExpiredDeltaToken = 0.05,
            RetryAfter = TimeSpan.Zero,
        };

        await using (var worker = await world.StartWatchingAsync(LogLevel.Error))
        {
            await worker.WaitUntilAsync(r => r.Count(Final) >= seeded / 2, TimeSpan.FromSeconds(40), "half the backfill");
            var arrived = world.Mailboxes.Sum(spec => SampleMail.AddWritten(world, spec, 4, 700));

            // Two scripted throttles with a real Retry-After: the worker must wait them out, not drop the work.
            world.Emulator.Faults.FailNext(429, count: 2, retryAfter: TimeSpan.FromSeconds(1));
            await worker.WaitUntilAsync(r => r.Count(Final) == seeded + arrived, TimeSpan.FromSeconds(60), "every message to reach a final state");
        }

        world.Emulator.Faults.Profile = FaultProfile.None;
        var records = world.Records();
        Outcomes.EveryMessageHasOneFinalRecord(world, records);
        Outcomes.MailboxActionsMatchRecords(world, records);
        Outcomes.EachCaseNotifiedOnce(world, records);
        Assert.DoesNotContain(records, r => r.State == ProcessingState.Parked);
        foreach (var spec in world.Mailboxes)
        {
            var c = world.Mailbox(spec.Id).Counters;
            output.WriteLine($"{spec.Id}: {c.HttpRequests} HTTP, {c.Operations} operations, {c.FaultsInjected} faults injected, {c.Throttled} throttled, peak {c.PeakInFlight} in flight");
            Assert.True(c.FaultsInjected > 0);
            Assert.InRange(c.PeakInFlight, 1, 4);
        }
    }

    /// <summary>
    /// The first attempt opens the case, then its PATCH keeps failing until Graph retries run out: the message fails
    /// after the case exists but before the task mail. The retry must still tell the owner, once.
    /// </summary>
    [Fact]
    public async Task Run_ActionsFailAfterTheCaseWasOpened_RetryNotifiesTheOwnerOnce()
    {
        await using var world = await GraphWorld.StartAsync(mailboxes: [GraphWorld.SampleMailboxes[1]]);
        world.Settings["Graph:MaxRetries"] = "1";
        world.Mailbox("disputes").AddMessage(WrittenMail.Dispute(1, "disputes@fabrikam.example"));
        world.Emulator.Faults.FailNext(503, count: 2, kind: GraphRequestKind.PatchMessage);

        var first = await world.RunOnceAsync(LogLevel.Critical);
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // Pipeline:RetryBaseDelay
        var second = await world.RunOnceAsync(LogLevel.Critical);

        Assert.Equal(1, first.Get(ProcessingOutcome.Failed));
        Assert.Equal(1, second.Get(ProcessingOutcome.Triaged));
        var records = world.Records();
        Assert.Equal(ProcessingState.Acted, Assert.Single(records).State);
        Outcomes.MailboxActionsMatchRecords(world, records);
        Outcomes.EachCaseNotifiedOnce(world, records);
    }

    private static bool Final(ProcessedMessage r) => r.State is ProcessingState.Acted or ProcessingState.Ignored or ProcessingState.Parked;
}

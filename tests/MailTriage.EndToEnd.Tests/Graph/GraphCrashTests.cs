using System.Diagnostics;
using MailTriage.GraphEmulator;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;
using Xunit.Abstractions;

namespace MailTriage.EndToEnd.Tests.Graph;

public sealed class GraphCrashTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_417;
    private const int MaxRuns = 20;
    private static readonly TimeSpan KillPhaseBudget = TimeSpan.FromSeconds(55);

    /// <summary>
    /// The real `mailtriage run` child process against the emulator, killed with SIGKILL at a seeded random moment
    /// after it starts talking to Graph, restarted each time while more mail arrives. Whatever the kill interrupted (a
    /// LiteDB write, a $batch, a sendMail), the end state must be: every message with one final record, every case's
    /// task mail at most once, and a database that opens.
    /// </summary>
    [Fact]
    public async Task Run_KilledAtRandomPointsAndRestarted_LosesNoMessageAndNotifiesNoOwnerTwice()
    {
        var random = new Random(Seed);
        await using var world = await GraphWorld.StartAsync(new GraphEmulatorOptions { Seed = Seed, OperationLatency = TimeSpan.FromMilliseconds(4) });
        SampleMail.SeedAll(world, written: 12);
        var config = world.WriteConfigFile();
        var clock = Stopwatch.StartNew();
        var kills = 0;
        var halfDone = 0;

        for (var run = 0; run < MaxRuns && clock.Elapsed < KillPhaseBudget; run++)
        {
            var spec = world.Mailboxes[random.Next(world.Mailboxes.Count)];
            SampleMail.AddWritten(world, spec, 3, 1000 + (run * 10));
            var requestsBefore = world.Emulator.Counters.TotalHttpRequests;
            using var worker = WorkerProcess.Start(world.DataDir, "run", "--config", config);

            // Start the clock once the worker talks to Graph, so kills land in the work rather than in start-up.
            while (world.Emulator.Counters.TotalHttpRequests == requestsBefore && !worker.HasExited && clock.Elapsed < KillPhaseBudget + TimeSpan.FromSeconds(20))
            {
                await Task.Delay(20);
            }

            Assert.False(worker.HasExited, $"the worker stopped on its own in run {run}:{Environment.NewLine}{worker.Tail}");
            await Task.Delay(random.Next(0, 1500));
            await worker.KillAsync();
            kills++;
            halfDone += world.Records().Any(r => r.State is ProcessingState.Classified or ProcessingState.Failed) ? 1 : 0;
        }

        var settled = await SettleAsync(world, config);

        var records = world.Records();
        Outcomes.EveryMessageHasOneFinalRecord(world, records);
        Outcomes.MailboxActionsMatchRecords(world, records);
        // No owner mailed twice, and no task mail for a case the store does not know. A kill between claiming a
        // notification and sendMail loses that one mail (at most once, by design), so fewer mails than cases is allowed.
        var markers = Outcomes.TaskMailMarkers(world.Emulator.SentMail);
        Assert.Equal(markers.Distinct().Count(), markers.Count);
        var cases = records.Where(r => r.DisputeId is not null).Select(r => $"assign-{r.DisputeId}").ToHashSet();
        Assert.Subset(cases, markers.ToHashSet());
        AssertDatabaseReadable(world);
        output.WriteLine($"{kills} kills in {clock.Elapsed.TotalSeconds:0.0} s ({halfDone} left work half-done), {settled} clean run(s) to settle; " +
                         $"{records.Count} messages, {cases.Count} cases, {markers.Count} task mails ({cases.Count - markers.Count} lost to a kill between claim and send)");
        Assert.True(kills >= 15, $"only {kills} kills fitted in the time budget");
    }

    /// <summary>Clean `run --once` passes until nothing is left half-done (a Failed message waits out its back-off).</summary>
    private static async Task<int> SettleAsync(GraphWorld world, string config)
    {
        for (var pass = 1; pass <= 5; pass++)
        {
            using var worker = WorkerProcess.Start(world.DataDir, "run", "--once", "--config", config);
            Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, worker.Tail);
            if (world.Records().All(r => r.State is ProcessingState.Acted or ProcessingState.Ignored or ProcessingState.Parked)
                && world.Mailboxes.All(m => Outcomes.CustomerMail(world, m).Count() == world.Records().Count(r => r.MailboxId == m.Address)))
            {
                return pass;
            }

            await Task.Delay(300);
        }

        return -1;
    }

    private static void AssertDatabaseReadable(GraphWorld world)
    {
        using var store = new LiteDbStore(new LiteDbStoreOptions { Path = world.DatabasePath });
        var disputes = new LiteDbDisputeRepository(store);
        foreach (var id in world.Records().Where(r => r.DisputeId is not null).Select(r => r.DisputeId!).Distinct())
        {
            Assert.NotNull(disputes.Find(new MailTriage.Routing.Disputes.DisputeId(id)));
        }
    }
}

using MailTriage.GraphEmulator.Counters;
using MailTriage.Worker.Graph;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>
/// Restarts and dead delta tokens. Remittances and "other" mail stay in the inbox here (only categorised), so a worker
/// that re-read the folder from scratch would visibly meet them again; with the default moves the inbox empties and a
/// full resync would look the same as a resumed one.
/// </summary>
public sealed class GraphRestartTests
{
    private static readonly HashSet<string> KeptInInbox = ["remittance_advice", "other"];

    [Fact]
    public async Task Run_RestartedAfterBackfill_ResumesFromTheSavedDeltaLinkWithoutRetriaging()
    {
        await using var world = await StartAsync();
        var seeded = SampleMail.SeedAll(world, written: 14);
        await world.RunOnceAsync();
        var before = world.Records().ToDictionary(r => (r.MailboxId, r.SourceId));
        Assert.Equal(seeded, before.Count);
        foreach (var spec in world.Mailboxes)
        {
            Assert.Contains("$deltatoken=", await SavedLinkAsync(world, spec), StringComparison.Ordinal);
        }

        world.Emulator.Counters.Reset();
        var arrived = world.Mailboxes.Sum(spec => SampleMail.AddWritten(world, spec, 2, 500));
        var sentBefore = world.Emulator.SentMail.Count;

        var summary = await world.RunOnceAsync();

        Assert.Equal(arrived, summary.Get(ProcessingOutcome.Triaged));
        Assert.Equal(0, summary.Get(ProcessingOutcome.AlreadyDone)); // nothing old was even handed to the pipeline
        foreach (var spec in world.Mailboxes)
        {
            // Only the new mail was read (one detail GET each) and acted on; the old mail was never fetched.
            var c = world.Mailbox(spec.Id).Counters;
            Assert.Equal(2, c.Of(GraphRequestKind.GetMessage));
            Assert.Equal(2, c.Of(GraphRequestKind.PatchMessage));
        }

        AssertUnchanged(before, world.Records());
        Assert.True(world.Emulator.SentMail.Count - sentBefore <= arrived);
        AssertExactlyOnce(world);
    }

    [Fact]
    public async Task Run_DeltaTokensExpired_ResyncsWithoutRetriagingOrRenotifying()
    {
        await using var world = await StartAsync();

        // Small pages: the resync must page through several pages of mail that is already done.
        world.Settings["Graph:PageSize"] = "3";
        SampleMail.SeedAll(world, written: 14);
        await world.RunOnceAsync();
        var before = world.Records().ToDictionary(r => (r.MailboxId, r.SourceId));
        var notifiedBefore = Outcomes.TaskMailMarkers(world.Emulator.SentMail);
        var keptInInbox = world.Mailboxes.Sum(spec => world.Mailbox(spec.Id).Messages("inbox").Count);
        Assert.True(keptInInbox > 3 * world.Mailboxes.Count, "each mailbox must keep more than a page of mail in its inbox");

        world.Emulator.Counters.Reset();
        foreach (var spec in world.Mailboxes)
        {
            world.Mailbox(spec.Id).ExpireDeltaTokens();
        }

        var arrived = world.Mailboxes.Sum(spec => SampleMail.AddWritten(world, spec, 2, 600));
        var summary = await world.RunOnceAsync();

        Assert.Equal(arrived, summary.Get(ProcessingOutcome.Triaged));
        Assert.Equal(keptInInbox, summary.Get(ProcessingOutcome.AlreadyDone));
        foreach (var spec in world.Mailboxes)
        {
            var c = world.Mailbox(spec.Id).Counters;
            Assert.True(c.Of(GraphRequestKind.Delta) > 1, "the dead token must have been answered 410 and the folder read again");
            Assert.Equal(2, c.Of(GraphRequestKind.PatchMessage)); // old mail was recognised, not acted on again
        }

        AssertUnchanged(before, world.Records());
        Assert.Equal(notifiedBefore, Outcomes.TaskMailMarkers(world.Emulator.SentMail).Take(notifiedBefore.Count));
        AssertExactlyOnce(world);
    }

    private static async Task<GraphWorld> StartAsync()
    {
        var world = await GraphWorld.StartAsync();
        foreach (var label in KeptInInbox)
        {
            world.Settings[$"Actions:Intents:{label}:MoveTo"] = "";
        }

        return world;
    }

    private static async Task<string> SavedLinkAsync(GraphWorld world, MailboxSpec spec)
    {
        using var store = new LiteDbStore(new LiteDbStoreOptions { Path = world.DatabasePath });
        return await new LiteDbSyncStateStore(store).GetAsync(GraphCheckpoint.StoreKey(spec.Address, "inbox"), CancellationToken.None)
            ?? throw new InvalidOperationException($"no delta link saved for {spec.Id}");
    }

    /// <summary>Records of the first run are untouched by the second: not re-triaged, not re-saved.</summary>
    private static void AssertUnchanged(Dictionary<(string, string), ProcessedMessage> before, IReadOnlyList<ProcessedMessage> after)
    {
        foreach (var record in after.Where(r => before.ContainsKey((r.MailboxId, r.SourceId))))
        {
            Assert.Equal(before[(record.MailboxId, record.SourceId)].UpdatedAt, record.UpdatedAt);
            Assert.Equal(before[(record.MailboxId, record.SourceId)].State, record.State);
        }
    }

    private static void AssertExactlyOnce(GraphWorld world)
    {
        var records = world.Records();
        Outcomes.EveryMessageHasOneFinalRecord(world, records);
        Outcomes.MailboxActionsMatchRecords(world, records, KeptInInbox);
        Outcomes.EachCaseNotifiedOnce(world, records);
    }
}

using MailTriage.GraphEmulator.Counters;
using MailTriage.Worker.Pipeline;
using Xunit.Abstractions;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>The whole worker (production host, real Graph SDK) against the emulator: several mailboxes, mail arriving.</summary>
public sealed class GraphBackfillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_SeveralMailboxesOfSamplesAndWrittenMail_TriagesEveryMessageOnceAndNotifiesEachCaseOnce()
    {
        await using var world = await GraphWorld.StartAsync();
        var seeded = SampleMail.SeedAll(world, written: 14);

        var summary = await world.RunOnceAsync();

        var records = world.Records();
        Assert.Equal(seeded, summary.Get(ProcessingOutcome.Triaged) + summary.Get(ProcessingOutcome.Ignored));
        Outcomes.EveryMessageHasOneFinalRecord(world, records);
        Outcomes.MailboxActionsMatchRecords(world, records);
        Outcomes.EachCaseNotifiedOnce(world, records);
        Assert.All(world.Emulator.SentMail, m => Assert.StartsWith("[MailTriage] Dispute DSP-", m.Subject, StringComparison.Ordinal));
        foreach (var spec in world.Mailboxes)
        {
            var c = world.Mailbox(spec.Id).Counters;
            Assert.Equal(0, c.MissingImmutableIdPrefer);
            Assert.Equal(0, c.MissingPageSizePrefer);
            Assert.Equal(0, c.Throttled);
        }

        output.WriteLine($"{seeded} messages, {records.Count(r => r.DisputeId is not null)} dispute mails, {world.Emulator.SentMail.Count} task mails, " +
                         $"{world.Emulator.Counters.TotalHttpRequests} Graph HTTP requests ({world.Emulator.Counters.TotalBatchRequests} $batch)");
    }

    [Fact]
    public async Task Run_MailArrivesWhileWatching_TriagesTheNewMailWithoutARestart()
    {
        await using var world = await GraphWorld.StartAsync();
        var seeded = SampleMail.SeedAll(world, written: 4);

        await using (var worker = await world.StartWatchingAsync())
        {
            await worker.WaitUntilAsync(r => r.Count == seeded, TimeSpan.FromSeconds(30), "the initial mail");
            var deltasBefore = world.Mailboxes.Sum(m => world.Mailbox(m.Id).Counters.Of(GraphRequestKind.Delta));

            // Two waves, so at least one lands while a cycle is already under way or between cycles.
            var arriving = 0;
            foreach (var wave in new[] { 100, 200 })
            {
                foreach (var spec in world.Mailboxes.Take(2))
                {
                    arriving += SampleMail.AddWritten(world, spec, 3, wave);
                }

                await Task.Delay(300);
            }

            await worker.WaitUntilAsync(r => r.Count == seeded + arriving, TimeSpan.FromSeconds(30), "the mail that arrived while watching");
            Assert.True(world.Mailboxes.Sum(m => world.Mailbox(m.Id).Counters.Of(GraphRequestKind.Delta)) > deltasBefore);
        }

        var records = world.Records();
        Outcomes.EveryMessageHasOneFinalRecord(world, records);
        Outcomes.MailboxActionsMatchRecords(world, records);
        Outcomes.EachCaseNotifiedOnce(world, records);
    }
}

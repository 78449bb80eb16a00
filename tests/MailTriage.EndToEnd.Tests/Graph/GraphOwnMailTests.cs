using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;

namespace MailTriage.EndToEnd.Tests.Graph;

public sealed class GraphOwnMailTests
{
    /// <summary>
    /// A US tax dispute routes to the tax desk's only member, whose mailbox the worker also watches. The task mail the
    /// bot sends there comes back through Graph without its X- marker header (the emulator strips it, as Exchange
    /// does), so only the subject tag and body marker can tell the worker it is its own mail.
    /// </summary>
    [Fact]
    public async Task Run_TaskMailDeliveredToAWatchedMailbox_IgnoredAsTheBotsOwnMail()
    {
        var owner = new MailboxSpec("tax-desk", "emily.foster@fabrikam.example", "US");
        await using var world = await GraphWorld.StartAsync(mailboxes: [new MailboxSpec("disputes", "disputes@fabrikam.example", "US"), owner]);
        var tax = SampleMail.Files("disputes").Single(f => f.Contains("tax", StringComparison.Ordinal));
        world.Mailbox("disputes").AddEml(File.ReadAllText(tax));

        await world.RunOnceAsync();
        await world.RunOnceAsync();

        var taskMail = Assert.Single(world.Emulator.SentMail);
        Assert.Equal([owner.Address], taskMail.To);
        var delivered = Assert.Single(world.Mailbox(owner.Id).Messages("inbox"));
        Assert.DoesNotContain(delivered.Headers, h => h.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase));
        var record = Assert.Single(world.Records(), r => r.MailboxId == owner.Address);
        Assert.Equal(ProcessingState.Ignored, record.State);
        Assert.Equal("the bot's own mail", record.Reason);
        Assert.Null(record.Label);

        // Left exactly as delivered: no category, not moved, no reply.
        Assert.Empty(delivered.Categories);
        Assert.StartsWith(OwnMailMarker.SubjectTag, delivered.Subject, StringComparison.Ordinal);
        Outcomes.EveryMessageHasOneFinalRecord(world, world.Records());
    }
}

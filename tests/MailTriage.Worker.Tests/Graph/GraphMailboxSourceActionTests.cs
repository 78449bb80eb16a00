using MailTriage.GraphEmulator.Counters;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Tests.Graph;

public sealed class GraphMailboxSourceActionTests
{
    private static readonly DateTimeOffset Due = new(2030, 1, 15, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ApplyAsync_CategoriesFlagReadAndMove_AppliedThroughOneBatchAndIdsSurviveTheMove()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        for (var n = 0; n < 5; n++)
        {
            mailbox.AddMessage(GraphHarness.Mail(n) with { Categories = ["Customer VIP"] });
        }

        var source = h.Source(mailbox.Address);
        var messages = await GraphHarness.DrainAsync(source);
        var before = mailbox.Counters;
        var batchesBefore = h.Emulator.Counters.TotalBatchRequests;

        var outcomes = await source.ApplyAsync(
            messages.Select(m => new MessageActions
            {
                Message = m,
                Categories = ["AR/Dispute"],
                MarkRead = true,
                Flag = new MessageFlag(Due),
                MoveToFolder = "AR/Disputes",
            }).ToList(),
            CancellationToken.None);

        Assert.All(outcomes, o =>
        {
            Assert.True(o.Succeeded, o.Error);
            Assert.Equal(o.SourceId, o.NewSourceId);
        });
        foreach (var m in messages)
        {
            var stored = mailbox.Find(m.SourceId)!;
            Assert.Equal("Disputes", stored.FolderName);
            Assert.Equal(["Customer VIP", "AR/Dispute"], stored.Categories);
            Assert.True(stored.IsRead);
            Assert.Equal("flagged", stored.FlagStatus);
            Assert.Equal(Due, stored.FlagDue);
        }

        // Folder path resolved once (find + create per segment), then one $batch of 5 × (PATCH → move) = 10 steps.
        var after = mailbox.Counters;
        Assert.Equal(1, h.Emulator.Counters.TotalBatchRequests - batchesBefore);
        Assert.Equal(5, after.Of(GraphRequestKind.PatchMessage));
        Assert.Equal(5, after.Of(GraphRequestKind.MoveMessage));
        Assert.Equal(2, after.Of(GraphRequestKind.CreateFolder));
        Assert.Equal(5, after.HttpRequests - before.HttpRequests);
        Assert.Equal(0, after.MissingImmutableIdPrefer);
    }

    [Fact]
    public async Task FetchAsync_AfterOwnActions_SkipsOwnChangesButReturnsAUsersLaterChange()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var ids = Enumerable.Range(1, 3).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToList();
        var source = h.Source(mailbox.Address);
        var messages = await GraphHarness.DrainAsync(source);
        await source.ApplyAsync(messages.Select(m => new MessageActions { Message = m, Categories = ["AR/Remittance"] }).ToList(), CancellationToken.None);
        var detailsBefore = mailbox.Counters.Of(GraphRequestKind.GetMessage);

        Assert.Empty(await GraphHarness.DrainAsync(source));
        Assert.Equal(detailsBefore, mailbox.Counters.Of(GraphRequestKind.GetMessage));

        mailbox.SetRead(ids[0], true);
        Assert.Equal([ids[0]], (await GraphHarness.DrainAsync(source)).Select(m => m.SourceId));
    }

    [Fact]
    public async Task ApplyAsync_MessageDeletedMeanwhile_ReportsThatOneAsFailed()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        Enumerable.Range(1, 3).ToList().ForEach(n => mailbox.AddMessage(GraphHarness.Mail(n)));
        var source = h.Source(mailbox.Address);
        var messages = await GraphHarness.DrainAsync(source);
        mailbox.Delete(messages[1].SourceId);

        var outcomes = await source.ApplyAsync(
            messages.Select(m => new MessageActions { Message = m, Categories = ["AR/Other"], MoveToFolder = "archive" }).ToList(),
            CancellationToken.None);

        Assert.True(outcomes[0].Succeeded);
        Assert.False(outcomes[1].Succeeded);
        Assert.Contains("404", outcomes[1].Error, StringComparison.Ordinal);
        Assert.True(outcomes[2].Succeeded);
        Assert.Equal("archive", mailbox.Find(messages[2].SourceId)!.FolderName);
    }

    [Fact]
    public async Task ApplyAsync_AfterRestartWithoutFetch_ReadsCategoriesFirstAndKeepsThem()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var stored = mailbox.AddMessage(GraphHarness.Mail(1) with { Categories = ["Keep me"] });
        var message = new IncomingMessage { MailboxId = mailbox.Address, FolderId = "inbox", SourceId = stored.Id };

        var outcome = Assert.Single(await h.Source(mailbox.Address).ApplyAsync(
            [new MessageActions { Message = message, Categories = ["AR/Refund"] }], CancellationToken.None));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(["Keep me", "AR/Refund"], mailbox.Find(stored.Id)!.Categories);
    }

    [Fact]
    public async Task ApplyAsync_MoveToDeletedItems_IsRefusedAndNothingMoves()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddMessage(GraphHarness.Mail(1));
        var source = h.Source(mailbox.Address);
        var message = Assert.Single(await GraphHarness.DrainAsync(source));

        var outcome = Assert.Single(await source.ApplyAsync([new MessageActions { Message = message, MoveToFolder = "deleteditems" }], CancellationToken.None));

        Assert.False(outcome.Succeeded);
        Assert.Equal("inbox", mailbox.Find(message.SourceId)!.FolderName);
    }

    [Fact]
    public async Task SendAsync_RecordsTheMailWithItsMarkerAndNeverSendsAMarkerTwice()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("disputes@contoso.example");
        var mail = new OutgoingMail
        {
            To = ["owner@contoso.example"],
            Cc = ["lead@contoso.example"],
            Subject = "[MailTriage] Dispute D-1 for Fabrikam",
            HtmlBody = "<p>Please review.</p>",
            MarkerId = "dispute-D-1-notify",
        };

        await h.Source(mailbox.Address).SendAsync(mail, CancellationToken.None);
        await h.Source(mailbox.Address).SendAsync(mail, CancellationToken.None);

        var sent = Assert.Single(h.Emulator.SentMail);
        Assert.Equal(mailbox.Address, sent.FromMailbox);
        Assert.Equal(["owner@contoso.example"], sent.To);
        Assert.Equal(["lead@contoso.example"], sent.Cc);
        Assert.Equal("html", sent.BodyContentType);
        Assert.Contains(sent.Headers, hd => hd.Key == "X-MailTriage-Marker" && hd.Value == "dispute-D-1-notify");
        Assert.True(sent.SavedToSentItems);
        Assert.Single(mailbox.Messages("sentitems"));
    }

    [Fact]
    public async Task SendAsync_ToAWatchedMailbox_DeliversACopyTheSourceThenReads()
    {
        await using var h = await GraphHarness.StartAsync();
        var bot = h.Emulator.AddMailbox("disputes@contoso.example");
        var source = h.Source(bot.Address);
        await GraphHarness.DrainAsync(source);

        await source.SendAsync(new OutgoingMail { To = [bot.Address], Subject = "[MailTriage] loop", HtmlBody = "<p>x</p>", MarkerId = "m-1" }, CancellationToken.None);

        var looped = Assert.Single(await GraphHarness.DrainAsync(source));
        Assert.Equal(bot.Address, looped.Input!.From);
        Assert.Equal(h.Emulator.SentMail[0].InternetMessageId, looped.InternetMessageId);

        // As observed with Graph, the custom X- header does not survive delivery: subject and body must carry the marker.
        Assert.Null(looped.Input.Header("X-MailTriage-Marker"));
    }
}

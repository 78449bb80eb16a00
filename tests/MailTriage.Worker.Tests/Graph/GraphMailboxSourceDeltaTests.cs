using MailTriage.GraphEmulator.Counters;

namespace MailTriage.Worker.Tests.Graph;

public sealed class GraphMailboxSourceDeltaTests
{
    [Fact]
    public async Task FetchAsync_SeveralMailboxesWithPaging_ReturnsEveryMessageOnceWithHeaders()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailboxes = new[] { "ar@contoso.example", "disputes@contoso.example", "ar-eu@contoso.example" };
        var expected = new Dictionary<string, HashSet<string>>();
        foreach (var address in mailboxes)
        {
            var mailbox = h.Emulator.AddMailbox(address);
            expected[address] = Enumerable.Range(1, 12).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToHashSet();
        }

        foreach (var address in mailboxes)
        {
            var messages = await GraphHarness.DrainAsync(h.Source(address));

            Assert.Equal(expected[address].Order(), messages.Select(m => m.SourceId).Order());
            Assert.All(messages, m =>
            {
                Assert.Equal(address, m.MailboxId);
                Assert.Equal("inbox", m.FolderId);
                Assert.StartsWith("Remittance advice", m.Input!.Subject, StringComparison.Ordinal);
                Assert.Equal("payer@customer.example", m.Input.From);
                Assert.Contains("INV-", m.Input.HtmlBody, StringComparison.Ordinal);
                Assert.NotNull(m.Input.Header("Message-ID"));
                Assert.Equal("text/html", m.Input.TopLevelContentType);
                Assert.Equal(m.InternetMessageId, m.Input.MessageId);
            });
            var counters = h.Emulator.Mailbox(address).Counters;
            Assert.Equal(0, counters.MissingImmutableIdPrefer);
            Assert.Equal(0, counters.MissingPageSizePrefer);

            // 12 messages at 5 per page: three pages with mail, one empty round; one detail batch per page.
            Assert.Equal(4, counters.Of(GraphRequestKind.Delta));
            Assert.Equal(7, counters.HttpRequests);
        }
    }

    [Fact]
    public async Task FetchAsync_NewMailArrivesBetweenFetches_ReturnsOnlyTheNewMail()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddMessage(GraphHarness.Mail(1));
        var source = h.Source(mailbox.Address);
        Assert.Single(await GraphHarness.DrainAsync(source));

        var second = mailbox.AddMessage(GraphHarness.Mail(2));
        var third = mailbox.AddMessage(GraphHarness.Mail(3));
        var next = await GraphHarness.DrainAsync(source);

        Assert.Equal(new[] { second.Id, third.Id }.Order(), next.Select(m => m.SourceId).Order());
        Assert.Empty(await GraphHarness.DrainAsync(source));
    }

    [Fact]
    public async Task FetchAsync_RestartAfterCommit_ResumesFromSavedLinkWithoutRepeats()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var ids = Enumerable.Range(1, 12).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToList();

        // First run: two pages fetched, only the first committed, then the process "dies".
        var first = h.Source(mailbox.Address);
        var page1 = await first.FetchAsync(CancellationToken.None);
        await first.CommitAsync(page1, CancellationToken.None);
        var page2 = await first.FetchAsync(CancellationToken.None);
        Assert.Equal(5, page1.Messages.Count);
        Assert.Equal(5, page2.Messages.Count);

        // Second run resumes at the last committed link: page 2 is replayed, page 1 is not.
        var rest = await GraphHarness.DrainAsync(h.Source(mailbox.Address));
        Assert.Empty(rest.Select(m => m.SourceId).Intersect(page1.Messages.Select(m => m.SourceId)));
        Assert.Equal(ids.Except(page1.Messages.Select(m => m.SourceId)).Order(), rest.Select(m => m.SourceId).Order());

        // Third run after everything was committed: nothing, then only what is new.
        var third = h.Source(mailbox.Address);
        Assert.Empty(await GraphHarness.DrainAsync(third));
        var fresh = mailbox.AddMessage(GraphHarness.Mail(99));
        Assert.Equal([fresh.Id], (await GraphHarness.DrainAsync(h.Source(mailbox.Address))).Select(m => m.SourceId));
    }

    [Fact]
    public async Task FetchAsync_DeltaTokenExpired_ResyncsFolderFromScratchWithSameIds()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var ids = Enumerable.Range(1, 7).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToList();
        var source = h.Source(mailbox.Address);
        await GraphHarness.DrainAsync(source);

        mailbox.ExpireDeltaTokens();
        ids.Add(mailbox.AddMessage(GraphHarness.Mail(8)).Id);
        var resynced = await GraphHarness.DrainAsync(source);

        // Everything comes back under the same immutable ids, so the pipeline's dedup re-triages nothing.
        Assert.Equal(ids.Order(), resynced.Select(m => m.SourceId).Order());
    }

    [Fact]
    public async Task FetchAsync_RandomExpiredTokensWhilePaging_StillReturnsEveryMessage()
    {
        await using var h = await GraphHarness.StartAsync(new() { Seed = 7 });
        h.Emulator.Faults.Profile = new() { ExpiredDeltaToken = 0.2 };
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var ids = Enumerable.Range(1, 30).Select(n => mailbox.AddMessage(GraphHarness.Mail(n)).Id).ToHashSet();

        var seen = (await GraphHarness.DrainAsync(h.Source(mailbox.Address))).Select(m => m.SourceId).ToHashSet();

        Assert.Equal(ids.Order(), seen.Order());
        Assert.True(mailbox.Counters.FaultsInjected > 0);
    }

    [Fact]
    public async Task FetchAsync_SeveralFolders_TakesTurnsAndLabelsTheFolder()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddFolder("Escalations");
        var escalationsId = mailbox.FolderId("Escalations");
        for (var n = 0; n < 8; n++)
        {
            mailbox.AddMessage(GraphHarness.Mail(n));
            mailbox.AddMessage(GraphHarness.Mail(100 + n), "Escalations");
        }

        var source = h.Source(mailbox.Address, "inbox", escalationsId);
        var first = await source.FetchAsync(CancellationToken.None);
        var second = await source.FetchAsync(CancellationToken.None);
        Assert.NotEqual(first.Messages[0].FolderId, second.Messages[0].FolderId);

        await source.CommitAsync(first, CancellationToken.None);
        await source.CommitAsync(second, CancellationToken.None);
        var rest = await GraphHarness.DrainAsync(source);
        Assert.Equal(16, first.Messages.Count + second.Messages.Count + rest.Count);
        Assert.Equal(8, rest.Concat(first.Messages).Concat(second.Messages).Count(m => m.FolderId == escalationsId));
    }

    [Fact]
    public async Task FetchAsync_MessageMovedOutByUser_IsNotReturnedAgain()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        var message = mailbox.AddMessage(GraphHarness.Mail(1));
        var source = h.Source(mailbox.Address);
        await GraphHarness.DrainAsync(source);

        mailbox.Move(message.Id, "archive");

        Assert.Empty(await GraphHarness.DrainAsync(source));
    }

    [Fact]
    public async Task FetchAsync_InitialSyncWindow_SkipsOlderMail()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.InitialSyncWindow = TimeSpan.FromDays(30));
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddMessage(GraphHarness.Mail(1) with { ReceivedAt = DateTimeOffset.UtcNow.AddDays(-90) });
        var recent = mailbox.AddMessage(GraphHarness.Mail(2));

        var messages = await GraphHarness.DrainAsync(h.Source(mailbox.Address));

        Assert.Equal([recent.Id], messages.Select(m => m.SourceId));
    }

    [Fact]
    public async Task FetchAsync_EmlWithAutoReplyHeadersAndAttachment_MapsHeadersAndFileAttachment()
    {
        await using var h = await GraphHarness.StartAsync();
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        mailbox.AddEml(Eml);

        var message = Assert.Single(await GraphHarness.DrainAsync(h.Source(mailbox.Address)));

        Assert.Equal("auto-replied", message.Input!.Header("auto-submitted"));
        Assert.Equal("<original@customer.example>", message.Input.InReplyTo);
        Assert.Equal("multipart/mixed", message.Input.TopLevelContentType);
        var attachment = Assert.Single(message.Input.Attachments);
        Assert.Equal("remittance.csv", attachment.FileName);
        Assert.Equal("invoice,amount\nINV-1,100\n", System.Text.Encoding.UTF8.GetString(attachment.Content.Span));
    }

    private const string Eml =
        "From: Customer <payer@customer.example>\r\n" +
        "To: ar@contoso.example\r\n" +
        "Subject: Re: Invoice INV-1\r\n" +
        "Date: Mon, 1 Dec 2025 10:00:00 +0000\r\n" +
        "Message-ID: <reply@customer.example>\r\n" +
        "In-Reply-To: <original@customer.example>\r\n" +
        "Auto-Submitted: auto-replied\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: multipart/mixed; boundary=\"b1\"\r\n" +
        "\r\n" +
        "--b1\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n" +
        "\r\n" +
        "I am out of the office.\r\n" +
        "--b1\r\n" +
        "Content-Type: text/csv; name=remittance.csv\r\n" +
        "Content-Disposition: attachment; filename=remittance.csv\r\n" +
        "Content-Transfer-Encoding: base64\r\n" +
        "\r\n" +
        "aW52b2ljZSxhbW91bnQKSU5WLTEsMTAwCg==\r\n" +
        "--b1--\r\n";
}

using MailTriage.Worker.Graph;
using MailTriage.Worker.Mailboxes;
using Xunit.Abstractions;

namespace MailTriage.Worker.Tests.Graph;

/// <summary>Graph requests per triaged message for a backfill with actions (the benchmark's target is ≤ 0.25).</summary>
public sealed class GraphRequestCountTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(GraphDetailFetch.All, 0.25)]
    [InlineData(GraphDetailFetch.WhenSuggested, 0.25)]
    public async Task Backfill_WithCategoryAndMove_StaysUnderTheRequestTarget(GraphDetailFetch detailFetch, double limit)
    {
        await using var h = await GraphHarness.StartAsync(configure: o =>
        {
            o.PageSize = 100;
            o.DetailFetch = detailFetch;
        });
        var mailbox = h.Emulator.AddMailbox("ar@contoso.example");
        Enumerable.Range(1, 200).ToList().ForEach(n => mailbox.AddMessage(GraphHarness.Mail(n)));
        var source = h.Source(mailbox.Address);

        var triaged = 0;
        while (true)
        {
            var batch = await source.FetchAsync(CancellationToken.None);
            var outcomes = await source.ApplyAsync(
                batch.Messages.Select(m => new MessageActions { Message = m, Categories = ["AR/Remittance"], MoveToFolder = "AR/Remittances" }).ToList(),
                CancellationToken.None);
            Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error));
            await source.CommitAsync(batch, CancellationToken.None);
            triaged += batch.Messages.Count;
            if (batch.Messages.Count == 0)
            {
                break;
            }
        }

        var perMessage = (double)h.Emulator.Counters.TotalHttpRequests / triaged;
        output.WriteLine($"{detailFetch}: {h.Emulator.Counters.TotalHttpRequests} HTTP requests for {triaged} messages = {perMessage:0.000}/message; " +
                         $"{mailbox.Counters.Operations} Exchange operations");
        Assert.Equal(200, triaged);
        Assert.InRange(perMessage, 0, limit);
    }
}

using MailTriage.GraphEmulator.Counters;
using Xunit.Abstractions;

namespace MailTriage.EndToEnd.Tests.Graph;

public sealed class GraphExploreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Explore()
    {
        await using var world = await GraphWorld.StartAsync();
        foreach (var m in world.Mailboxes)
        {
            SampleMail.Seed(world.Mailbox(m.Id), m.Id);
            for (var n = 0; n < 7; n++)
            {
                world.Mailbox(m.Id).AddMessage(WrittenMail.Mixed(n, m.Address));
            }
        }

        world.Settings["Actions:Intents:remittance_advice:MoveTo"] = "";
        var summary = await world.RunOnceAsync();
        output.WriteLine(string.Join(", ", summary.Counts.Select(kv => $"{kv.Key}={kv.Value}")));
        output.WriteLine($"http={world.Emulator.Counters.TotalHttpRequests} batches={world.Emulator.Counters.TotalBatchRequests} sent={world.Emulator.SentMail.Count}");
        foreach (var m in world.Mailboxes)
        {
            var c = world.Mailbox(m.Id).Counters;
            output.WriteLine($"{m.Id}: http={c.HttpRequests} ops={c.Operations} " + string.Join(" ", c.ByKind.Select(kv => $"{kv.Key}={kv.Value}")));
        }

        foreach (var r in world.Records())
        {
            output.WriteLine($"{r.MailboxId} {r.State} {r.Label} {r.DisputeId} {r.Reason} {r.Subject}");
        }

        foreach (var s in world.Emulator.SentMail)
        {
            output.WriteLine($"SENT {s.FromMailbox} -> {string.Join(",", s.To)}: {s.Subject}");
        }

        foreach (var m in world.Mailboxes)
        {
            foreach (var v in world.Mailbox(m.Id).Messages())
            {
                output.WriteLine($"{m.Id} {v.FolderName} [{string.Join(",", v.Categories)}] read={v.IsRead} flag={v.FlagStatus} {v.Subject}");
            }
        }
    }
}

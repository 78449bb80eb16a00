using System.Text.RegularExpressions;
using MailTriage.GraphEmulator.Mail;
using MailTriage.Worker.Options;
using MailTriage.Worker.Pipeline;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>
/// The "exactly once" checks every scenario ends with, read from both sides: the worker's LiteDB records and the
/// emulated mailboxes (folders, categories, sent mail).
/// </summary>
internal static partial class Outcomes
{
    private static readonly ActionOptions Defaults = new();

    /// <summary>Every message in the watched inboxes' mail (wherever it was moved) has one final record, and no record is for anything else.</summary>
    public static void EveryMessageHasOneFinalRecord(GraphWorld world, IReadOnlyList<ProcessedMessage> records)
    {
        foreach (var spec in world.Mailboxes)
        {
            var expected = CustomerMail(world, spec).Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
            var recorded = records.Where(r => r.MailboxId == spec.Address).ToList();
            Assert.Equal(expected, recorded.Select(r => r.SourceId).Order(StringComparer.Ordinal).ToList());
            Assert.All(recorded, r => Assert.True(
                r.State is ProcessingState.Acted or ProcessingState.Ignored or ProcessingState.Parked,
                $"{spec.Id}/{r.Subject}: {r.State} ({r.Reason})"));
        }
    }

    /// <summary>Each acted-on message carries its intent's category once and sits in its intent's folder.</summary>
    public static void MailboxActionsMatchRecords(GraphWorld world, IReadOnlyList<ProcessedMessage> records, ISet<string>? labelsKeptInInbox = null)
    {
        foreach (var spec in world.Mailboxes)
        {
            var mailbox = world.Mailbox(spec.Id);
            foreach (var r in records.Where(r => r.MailboxId == spec.Address && r.State == ProcessingState.Acted))
            {
                var message = mailbox.Find(r.SourceId) ?? throw new InvalidOperationException($"{spec.Id}/{r.Subject} vanished");
                var config = r.NeedsReview ? Defaults.Review : Defaults.Intents[r.Label!];
                Assert.Equal([config.Category!], message.Categories);
                var folder = labelsKeptInInbox?.Contains(r.Label!) == true && !r.NeedsReview ? "inbox" : config.MoveTo!.Split('/')[^1];
                Assert.Equal(folder, message.FolderName);
            }
        }
    }

    /// <summary>Every dispute case the records point at produced exactly one task mail, and no task mail names another case.</summary>
    public static void EachCaseNotifiedOnce(GraphWorld world, IReadOnlyList<ProcessedMessage> records)
    {
        var cases = records.Where(r => r.DisputeId is not null).Select(r => r.DisputeId!).Distinct().Order(StringComparer.Ordinal).ToList();
        var notified = TaskMailMarkers(world.Emulator.SentMail);
        Assert.Equal(cases.Select(c => $"assign-{c}"), notified.Order(StringComparer.Ordinal));
    }

    /// <summary>The notification ids of task mails, one entry per mail sent (so duplicates show).</summary>
    public static IReadOnlyList<string> TaskMailMarkers(IEnumerable<SentMail> sent) =>
        sent.Select(m => AssignMarker().Match(m.Body)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    /// <summary>Mail that came from outside: everything in the mailbox except what the bot filed in Sent Items.</summary>
    public static IEnumerable<MessageView> CustomerMail(GraphWorld world, MailboxSpec spec) =>
        world.Mailbox(spec.Id).Messages().Where(m => m.FolderName != "sentitems");

    [GeneratedRegex(@"mailtriage-marker:(assign-[A-Za-z0-9-]+)")]
    private static partial Regex AssignMarker();
}

using MailTriage.Worker.Pipeline;

namespace MailTriage.Worker.Reports;

public sealed record MailboxTraffic(string MailboxId, string Intent, int Messages, int NeedsReview);

/// <summary>Processed mail per mailbox and intent; mail that was ignored (own mail, loops) is not traffic.</summary>
public static class MailboxTrafficReport
{
    public const string Unclassified = "(unclassified)";

    public static IReadOnlyList<MailboxTraffic> Build(IEnumerable<ProcessedMessage> messages) =>
        [.. messages.Where(m => m.State != ProcessingState.Ignored)
            .GroupBy(m => (Mailbox: m.MailboxId.ToLowerInvariant(), Intent: m.Label ?? Unclassified))
            .Select(g => new MailboxTraffic(g.Key.Mailbox, g.Key.Intent, g.Count(), g.Count(m => m.NeedsReview)))
            .OrderBy(t => t.MailboxId, StringComparer.Ordinal).ThenByDescending(t => t.Messages).ThenBy(t => t.Intent, StringComparer.Ordinal)];
}

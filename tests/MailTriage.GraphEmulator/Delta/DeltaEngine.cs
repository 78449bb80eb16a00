using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Delta;

/// <summary>One page of a delta round: changed messages and removals, plus where the next request starts.</summary>
internal sealed record DeltaPage(
    IReadOnlyList<StoredMessage> Messages,
    IReadOnlyList<(string ImmutableId, string RestId)> Removed,
    DeltaState? Next,
    DeltaState? NextRound);

/// <summary>
/// Computes delta pages from change sequences. A round covers the changes in (From, To]; a message changed while
/// the round is being paged moves beyond To and is reported in the next round, so nothing is skipped.
/// </summary>
internal static class DeltaEngine
{
    public static DeltaPage ReadPage(MailStore store, StoredMailbox mailbox, StoredFolder folder, DeltaState state, int pageSize)
    {
        var to = state.To == 0 ? store.CurrentSeq : state.To;
        var changed = mailbox.Messages.Values
            .Where(m => m.FolderId == folder.Id && m.ChangeSeq > state.From && m.ChangeSeq <= to && m.ChangeSeq > state.After)
            .Where(m => state.ReceivedSince is null || m.ReceivedAt >= state.ReceivedSince)
            .Select(m => (Seq: m.ChangeSeq, Message: (StoredMessage?)m, Removed: ((string, string)?)null));

        // The first round is a snapshot of what is there; removals only mean something to a client that synced before.
        var removed = state.From == 0
            ? []
            : folder.Removals
                .Where(r => r.Seq > state.From && r.Seq <= to && r.Seq > state.After)
                .Where(r => !IsInRound(mailbox, folder, r.MessageId, state.From, to))
                .GroupBy(r => r.MessageId)
                .Select(g => g.MaxBy(r => r.Seq))
                .Select(r => (Seq: r.Seq, Message: (StoredMessage?)null, Removed: ((string, string)?)(r.MessageId, r.RestId)));

        var items = changed.Concat(removed).OrderBy(i => i.Seq).Take(pageSize + 1).ToList();
        var page = items.Take(pageSize).ToList();
        var hasMore = items.Count > pageSize;
        var roundState = state with { To = to };
        return new DeltaPage(
            page.Where(i => i.Message is not null).Select(i => i.Message!).ToList(),
            page.Where(i => i.Removed is not null).Select(i => i.Removed!.Value).ToList(),
            hasMore ? roundState with { After = page[^1].Seq } : null,
            hasMore ? null : roundState with { From = to, To = 0, After = 0 });
    }

    private static bool IsInRound(StoredMailbox mailbox, StoredFolder folder, string messageId, long from, long to) =>
        mailbox.Messages.TryGetValue(messageId, out var m) && m.FolderId == folder.Id && m.ChangeSeq > from && m.ChangeSeq <= to;
}

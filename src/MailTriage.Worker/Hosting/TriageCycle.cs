using System.Collections.Concurrent;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Hosting;

/// <summary>One pass over every mailbox: fetch, process each message, and commit the checkpoint only when nothing is left to retry.</summary>
public sealed class TriageCycle(IReadOnlyList<IMailboxSource> sources, MessageProcessor processor, ILogger<TriageCycle> logger)
{
    /// <summary>Bounds one cycle so a mailbox flooded with mail cannot starve the others.</summary>
    public const int MaxPagesPerCycle = 50;

    public async Task<CycleSummary> RunOnceAsync(CancellationToken ct)
    {
        // Mailboxes run side by side: Exchange's limits are per mailbox (4 concurrent requests, 10,000 per 10
        // minutes), so one mailbox waiting for its request budget must not hold the others up. Taken in turn, a
        // backfill of 20 mailboxes took 20 times its slowest mailbox. MessageProcessor serialises what must be.
        var counts = new ConcurrentDictionary<ProcessingOutcome, int>();
        await Task.WhenAll(sources.Select(source => RunSourceAsync(source, counts, ct)));
        return new CycleSummary(counts);
    }

    private async Task RunSourceAsync(IMailboxSource source, ConcurrentDictionary<ProcessingOutcome, int> counts, CancellationToken ct)
    {
        await ResumeAsync(source, counts, ct);

        // A source hands over one page at a time (a Graph delta page of one folder); keep paging within the
        // cycle while pages bring new work, so a backfill does not wait a poll interval per page.
        for (var page = 0; page < MaxPagesPerCycle; page++)
        {
            var (fetched, newWork, retryPending) = await RunPageAsync(source, counts, ct);
            if (!fetched || !newWork || retryPending)
            {
                break;
            }
        }
    }

    /// <summary>Messages a crash or failure left unfinished come first; a lookup failure is retried next cycle.</summary>
    private async Task ResumeAsync(IMailboxSource source, ConcurrentDictionary<ProcessingOutcome, int> counts, CancellationToken ct)
    {
        try
        {
            foreach (var outcome in await processor.ResumeUnfinishedAsync(source, ct))
            {
                counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.FetchFailed(logger, source.MailboxId, ex);
        }
    }

    private async Task<(bool Fetched, bool NewWork, bool RetryPending)> RunPageAsync(IMailboxSource source, ConcurrentDictionary<ProcessingOutcome, int> counts, CancellationToken ct)
    {
        MailboxBatch batch;
        try
        {
            batch = await source.FetchAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.FetchFailed(logger, source.MailboxId, ex);
            return (false, false, false);
        }

        if (batch.Messages.Count > 0)
        {
            Log.BatchFetched(logger, source.MailboxId, batch.Messages.Count);
        }

        // A source with a checkpoint (Graph delta) moves on when the page is committed, so a page of mail that is
        // already done (a resync after 410, a restart without a saved link) is progress too and paging goes on. A
        // local folder lists the same files again, so there only new work counts.
        var retryPending = false;
        var newWork = batch.Checkpoint is not null && batch.Messages.Count > 0;
        foreach (var outcome in await processor.ProcessBatchAsync(source, batch.Messages, ct))
        {
            counts.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            retryPending |= outcome is ProcessingOutcome.Failed or ProcessingOutcome.Deferred;
            newWork |= outcome is ProcessingOutcome.Triaged or ProcessingOutcome.Quarantined or ProcessingOutcome.Ignored or ProcessingOutcome.Parked;
        }

        // Holding the checkpoint back lets a restart re-read a page with a failed message (already-done messages in
        // it are skipped cheaply); the retry itself does not depend on it, ResumeAsync looks the message up by id.
        // Empty pages are committed too: they carry the fresh deltaLink.
        if (!retryPending)
        {
            await source.CommitAsync(batch, ct);
        }

        return (true, newWork, retryPending);
    }
}

public sealed record CycleSummary(IReadOnlyDictionary<ProcessingOutcome, int> Counts)
{
    public int Get(ProcessingOutcome outcome) => Counts.GetValueOrDefault(outcome);
}

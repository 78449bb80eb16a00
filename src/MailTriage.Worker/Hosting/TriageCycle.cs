using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Hosting;

/// <summary>One pass over every mailbox: fetch, process each message, and commit the checkpoint only when nothing is left to retry.</summary>
public sealed class TriageCycle(IReadOnlyList<IMailboxSource> sources, MessageProcessor processor, ILogger<TriageCycle> logger)
{
    public IReadOnlyList<IMailboxSource> Sources => sources;

    public async Task<CycleSummary> RunOnceAsync(CancellationToken ct)
    {
        var counts = new Dictionary<ProcessingOutcome, int>();
        foreach (var source in sources)
        {
            MailboxBatch batch;
            try
            {
                batch = await source.FetchAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Log.FetchFailed(logger, source.MailboxId, ex);
                continue;
            }

            if (batch.Messages.Count > 0)
            {
                Log.BatchFetched(logger, source.MailboxId, batch.Messages.Count);
            }

            var retryPending = false;
            foreach (var message in batch.Messages)
            {
                ct.ThrowIfCancellationRequested();
                var outcome = await processor.ProcessAsync(source, message, ct);
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                retryPending |= outcome is ProcessingOutcome.Failed or ProcessingOutcome.Deferred;
            }

            // A delta checkpoint past a failed message would never return it again; keep the old one until the
            // message is done or parked (already-done messages in the replayed batch are skipped cheaply).
            if (!retryPending)
            {
                await source.CommitAsync(batch, ct);
            }
        }

        return new CycleSummary(counts);
    }
}

public sealed record CycleSummary(IReadOnlyDictionary<ProcessingOutcome, int> Counts)
{
    public int Get(ProcessingOutcome outcome) => Counts.GetValueOrDefault(outcome);
}

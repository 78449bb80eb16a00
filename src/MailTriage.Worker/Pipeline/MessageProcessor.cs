using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Options;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Pipeline;

/// <summary>
/// Takes one message from "arrived" to "acted": parse → triage → route → record → act → notify → record.
/// Every step is idempotent on replay: the record says what was already decided, the dispute desk returns the
/// existing case, and notification ids are claimed before sending, so a crash anywhere neither loses the
/// message nor mails an owner twice.
/// </summary>
public sealed class MessageProcessor(
    MimeMessageReader mimeReader,
    TriageEngine engine,
    IProcessedMessageStore store,
    IDisputeDesk disputes,
    OwnMailDetector ownMail,
    ActionOptions actions,
    PipelineOptions options,
    TimeProvider time,
    ILogger<MessageProcessor> logger) : IDisposable
{
    // Mailboxes are processed concurrently (TriageCycle). Triage is CPU-bound and each simultaneous call takes an ML.NET
    // engine from a pool sized to the cores; more callers than cores would only build engines to throw away.
    private readonly SemaphoreSlim _triageSlots = new(Environment.ProcessorCount);

    // Case intake reads and writes several repositories (case ids, links, round-robin assignment): one at a time.
    private readonly Lock _intake = new();

    public void Dispose() => _triageSlots.Dispose();

    public async Task<ProcessingOutcome> ProcessAsync(IMailboxSource source, IncomingMessage message, CancellationToken ct) =>
        (await ProcessBatchAsync(source, [message], ct))[0];

    /// <summary>
    /// Processes a page of messages with the same per-message steps as <see cref="ProcessAsync"/>, except that the
    /// mailbox actions of the whole page go to the source in one <see cref="IMailboxSource.ApplyAsync"/> call. A Graph
    /// source sends those as $batch requests of 20 steps; one call per message cost a request per message.
    /// </summary>
    public async Task<IReadOnlyList<ProcessingOutcome>> ProcessBatchAsync(IMailboxSource source, IReadOnlyList<IncomingMessage> messages, CancellationToken ct)
    {
        var outcomes = new ProcessingOutcome[messages.Count];
        var decided = new List<(int Index, Decision Decision)>();
        for (var i = 0; i < messages.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (outcome, decision) = await DecideAsync(messages[i], ct);
            if (decision is null)
            {
                outcomes[i] = outcome;
            }
            else
            {
                decided.Add((i, decision));
            }
        }

        if (decided.Count == 0)
        {
            return outcomes;
        }

        IReadOnlyList<ActionOutcome> applied = [];
        Exception? applyError = null;
        try
        {
            applied = await source.ApplyAsync([.. decided.Select(d => d.Decision.Actions)], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Graceful stop excepted (the records still say Classified, so the next run replays the rest).
            applyError = ex;
        }

        for (var k = 0; k < decided.Count; k++)
        {
            var (index, decision) = decided[k];
            var error = applyError
                ?? (k >= applied.Count ? new InvalidOperationException("the mailbox reported no outcome for the message's actions") : null)
                ?? (applied[k] is { Succeeded: false } failed ? new InvalidOperationException($"mailbox action failed: {failed.Error}") : null);
            outcomes[index] = error is null
                ? await CompleteAsync(source, decision, ct)
                : RecordFailure(decision.Message, decision.Classified ?? decision.Existing, decision.Now, error);
        }

        return outcomes;
    }

    /// <summary>
    /// Finishes what a crash or a failure left half-done in this mailbox: records still Classified (the process died
    /// mid-message) or Failed and due for a retry. Sources hand a message over again only while it sits in a watched
    /// folder and, for Graph, only until a later delta checkpoint is committed, so a message that was already moved
    /// (or whose page was committed) would otherwise stay unfinished for ever; it is looked up by its id instead.
    /// </summary>
    public async Task<IReadOnlyList<ProcessingOutcome>> ResumeUnfinishedAsync(IMailboxSource source, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var outcomes = new List<ProcessingOutcome>();
        var found = new List<IncomingMessage>();
        foreach (var record in store.Unfinished(source.MailboxId))
        {
            if (record is { State: ProcessingState.Failed, NextAttemptAt: { } next } && next > now)
            {
                continue;
            }

            if (await source.FindAsync(record.SourceId, ct) is { } message)
            {
                found.Add(message);
                continue;
            }

            // Deleted by a person since: nothing left to act on, and never deleted by us.
            store.Save(record with { State = ProcessingState.Parked, Reason = "the message is no longer in the mailbox", NextAttemptAt = null, UpdatedAt = now });
            outcomes.Add(ProcessingOutcome.Parked);
        }

        if (found.Count > 0)
        {
            outcomes.AddRange(await ProcessBatchAsync(source, found, ct));
        }

        return outcomes;
    }

    /// <summary>Everything up to the mailbox actions: either a final outcome, or the decision to act on (recorded as Classified).</summary>
    private async Task<(ProcessingOutcome Outcome, Decision? Decision)> DecideAsync(IncomingMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var existing = store.Find(message.MailboxId, message.SourceId);
        if (existing is { State: ProcessingState.Acted or ProcessingState.Parked or ProcessingState.Ignored })
        {
            return (ProcessingOutcome.AlreadyDone, null);
        }

        if (existing is { State: ProcessingState.Failed, NextAttemptAt: { } next } && next > now)
        {
            return (ProcessingOutcome.Deferred, null);
        }

        if (existing is null && DuplicateOf(message, message.InternetMessageId) is { } twin)
        {
            Save(message, ProcessingState.Ignored, now, existing, reason: $"duplicate of {twin.SourceId}");
            return (ProcessingOutcome.Ignored, null);
        }

        try
        {
            return await DecideCoreAsync(message, existing, now, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Graceful stop: the record (if any) still says Classified, so the next run replays the rest.
            throw;
        }
        catch (Exception ex)
        {
            return (RecordFailure(message, existing, now, ex), null);
        }
    }

    private async Task<(ProcessingOutcome Outcome, Decision? Decision)> DecideCoreAsync(IncomingMessage message, ProcessedMessage? existing, DateTimeOffset now, CancellationToken ct)
    {
        var (input, error) = await ReadAsync(message, ct);
        if (input is null)
        {
            Log.Quarantined(logger, message.MailboxId, message.SourceId, error!);
            return (ProcessingOutcome.Quarantined, new Decision(message, existing, now, ActionPolicy.Quarantine(message, actions)) { QuarantineReason = error });
        }

        // Sources without the Message-ID up front (a local folder) are checked again once the MIME is parsed.
        if (existing is null && message.InternetMessageId is null && DuplicateOf(message, input.MessageId) is { } twin)
        {
            Save(message, ProcessingState.Ignored, now, existing, reason: $"duplicate of {twin.SourceId}", input: input);
            return (ProcessingOutcome.Ignored, null);
        }

        if (ownMail.IsOwnMail(input))
        {
            Save(message, ProcessingState.Ignored, now, existing, reason: "the bot's own mail", input: input);
            return (ProcessingOutcome.Ignored, null);
        }

        TriageResult result;
        await _triageSlots.WaitAsync(ct);
        try
        {
            result = engine.Triage(input);
        }
        finally
        {
            _triageSlots.Release();
        }

        var facts = new MailMessageFacts(input.From, input.Subject, input.MessageId ?? message.InternetMessageId, input.InReplyTo, input.References, input.ConversationId);
        DisputeIntakeResult? dispute = null;
        if (result.Label == IntentLabels.Dispute && !result.NeedsReview)
        {
            lock (_intake)
            {
                dispute = disputes.Intake(message, facts, result, now);
            }
        }

        var record = Save(message, ProcessingState.Classified, now, existing, input: input, result: result, disputeId: dispute?.DisputeId);
        var decided = ActionPolicy.Decide(message, result, actions, now, dispute?.ResolveBy);
        return (ProcessingOutcome.Triaged, new Decision(message, existing, now, decided) { Classified = record, Dispute = dispute, Result = result, Facts = facts });
    }

    /// <summary>After the actions succeeded: the owner's task mail, then the final record.</summary>
    private async Task<ProcessingOutcome> CompleteAsync(IMailboxSource source, Decision decision, CancellationToken ct)
    {
        var message = decision.Message;
        try
        {
            if (decision.Classified is not { } record)
            {
                Save(message, ProcessingState.Parked, decision.Now, decision.Existing, reason: decision.QuarantineReason);
                return ProcessingOutcome.Quarantined;
            }

            if (decision.Dispute is { Created: true } dispute)
            {
                await NotifyOwnerAsync(source, dispute, decision.Result!, decision.Facts!, decision.Now, ct);
            }

            store.Save(record with { State = ProcessingState.Acted, UpdatedAt = time.GetUtcNow() });
            Log.Triaged(logger, message.MailboxId, message.SourceId, decision.Result!.Label, decision.Result.Confidence, decision.Result.NeedsReview);
            return ProcessingOutcome.Triaged;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return RecordFailure(message, decision.Classified ?? decision.Existing, decision.Now, ex);
        }
    }

    private async Task NotifyOwnerAsync(IMailboxSource source, DisputeIntakeResult dispute, TriageResult result, MailMessageFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        var notificationId = $"assign-{dispute.DisputeId}";
        if (store.CountNotificationsTo(dispute.OwnerEmail, now - options.OutgoingWindow) >= options.MaxNotificationsPerRecipient)
        {
            Log.NotificationCapped(logger, dispute.DisputeId);
            return;
        }

        // Claim first, send second: a crash in between loses one task mail (the case is still in the store and
        // on the dashboard) rather than sending it twice.
        if (!store.TryClaimNotification(notificationId, now))
        {
            return;
        }

        store.RecordNotificationRecipient(notificationId, dispute.OwnerEmail, now);
        await source.SendAsync(OwnerTaskMail.Compose(dispute, result, facts, options.CaseLinkBase, notificationId), ct);
    }

    /// <summary>The same mail delivered twice (or copied back in under a new id) gets one outcome, not two.</summary>
    private ProcessedMessage? DuplicateOf(IncomingMessage message, string? internetMessageId) =>
        NormaliseMessageId(internetMessageId) is { } id && store.FindByInternetMessageId(message.MailboxId, id) is { } twin && twin.SourceId != message.SourceId
            ? twin
            : null;

    private static string? NormaliseMessageId(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : id.Trim().TrimStart('<').TrimEnd('>');

    private async Task<(MailMessageInput? Input, string? Error)> ReadAsync(IncomingMessage message, CancellationToken ct)
    {
        if (message.Input is not null)
        {
            return (message.Input, null);
        }

        if (message.SizeBytes > options.MaxMessageBytes)
        {
            return (null, $"message is {message.SizeBytes} bytes, over the {options.MaxMessageBytes}-byte limit");
        }

        if (message.OpenMime is null)
        {
            return (null, "the source gave neither parsed fields nor MIME");
        }

        await using var stream = await message.OpenMime(ct);
        var read = mimeReader.Read(stream, ct);
        return (read.Message, read.ErrorReason ?? (read.Message is null ? read.Error.ToString() : null));
    }

    private ProcessingOutcome RecordFailure(IncomingMessage message, ProcessedMessage? existing, DateTimeOffset now, Exception ex)
    {
        var attempts = (existing?.Attempts ?? 0) + 1;
        var park = attempts >= options.MaxAttempts;
        var delay = options.RetryBaseDelay * Math.Pow(2, attempts - 1);
        var record = (existing ?? NewRecord(message, now)) with
        {
            State = park ? ProcessingState.Parked : ProcessingState.Failed,
            Attempts = attempts,
            NextAttemptAt = park ? null : now + delay,
            Reason = $"{ex.GetType().Name}: {ex.Message}",
            UpdatedAt = now,
        };
        store.Save(record);
        Log.ProcessingFailed(logger, message.MailboxId, message.SourceId, attempts, park, ex);
        return park ? ProcessingOutcome.Parked : ProcessingOutcome.Failed;
    }

    private ProcessedMessage Save(
        IncomingMessage message,
        ProcessingState state,
        DateTimeOffset now,
        ProcessedMessage? existing,
        string? reason = null,
        MailMessageInput? input = null,
        TriageResult? result = null,
        string? disputeId = null)
    {
        var record = (existing ?? NewRecord(message, now)) with
        {
            State = state,
            Reason = reason ?? existing?.Reason,
            Subject = input?.Subject ?? existing?.Subject,
            SenderDomain = input?.From is { } from ? SenderDomainOf(from) : existing?.SenderDomain,
            InternetMessageId = NormaliseMessageId(message.InternetMessageId ?? input?.MessageId) ?? existing?.InternetMessageId,
            UpdatedAt = now,
        };
        if (result is not null)
        {
            record = record with
            {
                Label = result.Label,
                Confidence = result.Confidence,
                TopIntents = result.IntentScores.Take(3).Select(s => $"{s.Key} {s.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}").ToArray(),
                DisputeReason = result.DisputeReason,
                NeedsReview = result.NeedsReview,
                Language = result.Message.Language,
                InvoiceNumbers = result.Extraction.InvoiceNumbers,
                Amounts = result.Extraction.Amounts.Select(a => $"{a.ValueText} {a.Currency}".Trim()).ToArray(),
                PromiseDate = result.Extraction.PromiseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DisputeId = disputeId ?? existing?.DisputeId,
            };
        }

        store.Save(record);
        return record;
    }

    /// <summary>A message decided on and waiting for its mailbox actions; <see cref="Classified"/> is null for a quarantine.</summary>
    private sealed record Decision(IncomingMessage Message, ProcessedMessage? Existing, DateTimeOffset Now, MessageActions Actions)
    {
        public ProcessedMessage? Classified { get; init; }
        public string? QuarantineReason { get; init; }
        public DisputeIntakeResult? Dispute { get; init; }
        public TriageResult? Result { get; init; }
        public MailMessageFacts? Facts { get; init; }
    }

    private static ProcessedMessage NewRecord(IncomingMessage message, DateTimeOffset now) => new()
    {
        MailboxId = message.MailboxId,
        SourceId = message.SourceId,
        InternetMessageId = message.InternetMessageId,
        FirstSeenAt = now,
        UpdatedAt = now,
    };

    /// <summary>Only the domain is kept for reports; full addresses stay out of logs and summaries.</summary>
    internal static string SenderDomainOf(string from)
    {
        var at = from.LastIndexOf('@');
        return at < 0 ? "" : from[(at + 1)..].TrimEnd('>', ' ').ToLowerInvariant();
    }
}

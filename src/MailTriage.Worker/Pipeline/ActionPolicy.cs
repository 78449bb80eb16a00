using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Options;

namespace MailTriage.Worker.Pipeline;

/// <summary>Decides the mailbox actions for a triaged message. Pure: the caller supplies the time and the dispute's due time.</summary>
public static class ActionPolicy
{
    public static MessageActions Decide(
        IncomingMessage message,
        TriageResult result,
        ActionOptions options,
        DateTimeOffset now,
        DateTimeOffset? disputeDueAt)
    {
        if (result.NeedsReview)
        {
            return Build(message, options.Review, flagAt: now);
        }

        var config = options.Intents.GetValueOrDefault(result.Label) ?? options.Review;
        DateTimeOffset? flagAt = result.Label switch
        {
            IntentLabels.Dispute => disputeDueAt,
            IntentLabels.PaymentPromise when result.Extraction.PromiseDate is { } d =>
                new DateTimeOffset(d.ToDateTime(new TimeOnly(17, 0)), now.Offset),
            _ => config.FlagDueIn is { } span ? now + span : null,
        };
        return Build(message, config, flagAt);
    }

    public static MessageActions Quarantine(IncomingMessage message, ActionOptions options) => Build(message, options.Quarantine, flagAt: null);

    private static MessageActions Build(IncomingMessage message, IntentActionOptions config, DateTimeOffset? flagAt) => new()
    {
        Message = message,
        Categories = config.Category is null ? [] : [config.Category],
        MoveToFolder = config.MoveTo,
        Flag = flagAt is { } at ? new MessageFlag(at) : null,
        MarkRead = config.MarkRead,
    };
}

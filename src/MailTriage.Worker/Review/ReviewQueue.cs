using MailTriage.Classifier.Intent;
using MailTriage.Worker.Pipeline;

namespace MailTriage.Worker.Review;

/// <summary>One message waiting for an analyst, with the model's top guess.</summary>
public sealed record ReviewItem(ProcessedMessage Message, ReviewCorrection? Correction)
{
    public string Key => ReviewCorrection.KeyOf(Message.MailboxId, Message.SourceId);
}

/// <summary>
/// The review queue: messages the model flagged needs_review (below its calibrated threshold) or the pipeline parked,
/// and the analyst's confirm-or-correct verdict on each. A verdict never changes the processed record itself:
/// it is training data for the next model, not a rewrite of what the bot did.
/// </summary>
public sealed class ReviewQueue(IProcessedMessageStore messages, IReviewCorrectionStore corrections, MailBodyLocator bodies, TimeProvider time)
{
    public IReadOnlyList<ReviewItem> Pending() => Items().Where(i => i.Correction is null).ToArray();

    public IReadOnlyList<ReviewItem> Reviewed() => Items().Where(i => i.Correction is not null).ToArray();

    public OriginalMail? Original(ProcessedMessage message) => bodies.Find(message.MailboxId, message.SourceId);

    /// <summary>Stores the analyst's verdict; returns a refusal message instead when the verdict is not a valid label.</summary>
    public string? Correct(string mailboxId, string sourceId, string label, string? disputeReason, string analyst)
    {
        var message = messages.Find(mailboxId, sourceId);
        if (message is null)
        {
            return $"No processed message {mailboxId}/{sourceId}.";
        }

        if (!IntentLabels.All.Contains(label))
        {
            return $"Unknown intent '{label}'; choose one of {string.Join(", ", IntentLabels.All)}.";
        }

        var reason = label == IntentLabels.Dispute ? disputeReason : null;
        if (label == IntentLabels.Dispute && (reason is null || !DisputeReasons.All.Contains(reason)))
        {
            return $"A dispute needs a reason; choose one of {string.Join(", ", DisputeReasons.All)}.";
        }

        if (string.IsNullOrWhiteSpace(analyst))
        {
            return "Say who reviewed it: the analyst is recorded with the correction.";
        }

        var original = bodies.Find(mailboxId, sourceId);
        corrections.Save(new ReviewCorrection
        {
            Id = ReviewCorrection.KeyOf(mailboxId, sourceId),
            MailboxId = message.MailboxId,
            SourceId = message.SourceId,
            PredictedLabel = message.Label,
            PredictedConfidence = message.Confidence,
            PredictedReason = message.DisputeReason,
            Label = label,
            DisputeReason = reason,
            Analyst = analyst.Trim(),
            At = time.GetUtcNow(),
            Language = message.Language,
            Subject = original?.Subject ?? message.Subject,
            From = original?.From,
            SenderDomain = message.SenderDomain,
            Body = original?.Body,
        });
        return null;
    }

    private IEnumerable<ReviewItem> Items()
    {
        var verdicts = corrections.All().ToDictionary(c => c.Id, StringComparer.Ordinal);
        return messages.All()
            .Where(m => m.NeedsReview || m.State == ProcessingState.Parked)
            .OrderBy(m => m.FirstSeenAt).ThenBy(m => m.SourceId, StringComparer.Ordinal)
            .Select(m => new ReviewItem(m, verdicts.GetValueOrDefault(ReviewCorrection.KeyOf(m.MailboxId, m.SourceId))));
    }
}

using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Triage;

/// <summary>
/// The read path in one place: normalise → classify intent → classify dispute reason → extract.
/// Pure and thread-safe: models are pooled, nothing here touches the clock, the disk or the network.
/// </summary>
public sealed class TriageEngine(
    IMessageNormaliser normaliser,
    IEntityExtractor extractor,
    TextModel intentModel,
    TextModel disputeReasonModel,
    TriageOptions options)
{
    public TriageOptions Options => options;

    public IMessageNormaliser Normaliser => normaliser;

    public TriageResult Triage(MailMessageInput input) => Triage(normaliser.Normalise(input));

    public TriageResult Triage(NormalisedMessage message)
    {
        // Out-of-office replies and bounces are "other" by definition, whatever business words they quote.
        if (message.Automatic.Kind is AutomaticKind.AutoReply or AutomaticKind.DeliveryStatus)
        {
            return new TriageResult
            {
                Message = message,
                Label = IntentLabels.Other,
                Confidence = 1f,
                IntentScores = [new(IntentLabels.Other, 1f)],
                Extraction = extractor.Extract(message, IntentLabels.Other),
            };
        }

        var features = IntentFeatures.Compose(message);
        var intent = intentModel.Predict(features);
        var label = intent.Top;
        string? reason = null;
        float? reasonConfidence = null;
        if (label == IntentLabels.Dispute)
        {
            var reasons = disputeReasonModel.Predict(features);
            reason = reasons.Top;
            reasonConfidence = reasons.TopScore;
        }

        var needsReview = intent.TopScore < options.IntentThreshold;
        return new TriageResult
        {
            Message = message,
            Label = label,
            Confidence = intent.TopScore,
            IntentScores = intent.Ranked,
            DisputeReason = reason,
            DisputeReasonConfidence = reasonConfidence,
            DisputeReasonUncertain = reasonConfidence < options.DisputeReasonThreshold,
            Extraction = extractor.Extract(message, label),
            NeedsReview = needsReview,
            ReviewReason = needsReview
                ? $"intent confidence {intent.TopScore:0.00} below {options.IntentThreshold:0.00} (runner-up {intent.Ranked[1].Key})"
                : null,
        };
    }
}

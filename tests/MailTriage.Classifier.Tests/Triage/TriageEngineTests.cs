using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Triage;

namespace MailTriage.Classifier.Tests.Triage;

public sealed class TriageEngineTests
{
    private static readonly Lazy<(TextModel Intent, TextModel Reason)> Models = new(() =>
    {
        TextModelInput[] intents =
        [
            new() { Text = "we paid the invoice by ACH today", Label = IntentLabels.RemittanceAdvice, Group = "a" },
            new() { Text = "payment was sent by wire for invoice 100", Label = IntentLabels.RemittanceAdvice, Group = "b" },
            new() { Text = "we do not agree with the price on invoice 100, please credit the difference", Label = IntentLabels.Dispute, Group = "c" },
            new() { Text = "the invoice is wrong, we were overcharged and dispute it", Label = IntentLabels.Dispute, Group = "d" },
            new() { Text = "thanks for the newsletter, see you at the webinar", Label = IntentLabels.Other, Group = "e" },
            new() { Text = "lunch on friday with the team?", Label = IntentLabels.Other, Group = "f" },
        ];
        TextModelInput[] reasons =
        [
            new() { Text = "price is wrong, overcharged", Label = DisputeReasons.Pricing, Group = "a" },
            new() { Text = "quoted price was lower", Label = DisputeReasons.Pricing, Group = "b" },
            new() { Text = "we received 10 boxes not 12", Label = DisputeReasons.QuantityShortage, Group = "c" },
            new() { Text = "short shipment, two cartons missing", Label = DisputeReasons.QuantityShortage, Group = "d" },
        ];
        return (TextModelTrainer.Train(intents, new TextModelSettings(), 2, 1).Model, TextModelTrainer.Train(reasons, new TextModelSettings(), 2, 1).Model);
    });

    private static TriageEngine Engine(float threshold = 0f) =>
        new(new DefaultMessageNormaliser(), new DefaultEntityExtractor(), Models.Value.Intent, Models.Value.Reason, new TriageOptions { IntentThreshold = threshold });

    [Fact]
    public void Triage_OutOfOfficeReply_IsOtherWhateverBusinessWordsItQuotes()
    {
        var input = new MailMessageInput
        {
            Subject = "Automatic reply: Payment sent for invoice INV-1001",
            TextBody = "I am out of the office until Monday. We paid the invoice by ACH.",
            Headers = [new("Auto-Submitted", "auto-replied")],
        };

        var result = Engine().Triage(input);

        Assert.Equal(IntentLabels.Other, result.Label);
        Assert.Equal(1f, result.Confidence);
        Assert.False(result.NeedsReview);
    }

    [Fact]
    public void Triage_DisputeMail_CarriesAReasonAndOnlyDisputesDo()
    {
        var dispute = Engine().Triage(new MailMessageInput { Subject = "Invoice 100", TextBody = "We do not agree with the price, we were overcharged." });
        var paid = Engine().Triage(new MailMessageInput { Subject = "Payment", TextBody = "We paid the invoice by ACH today." });

        Assert.Equal(IntentLabels.Dispute, dispute.Label);
        Assert.Equal(DisputeReasons.Pricing, dispute.DisputeReason);
        Assert.Equal(IntentLabels.RemittanceAdvice, paid.Label);
        Assert.Null(paid.DisputeReason);
    }

    [Fact]
    public void Triage_ConfidenceBelowThreshold_NeedsReviewAndNamesTheRunnerUp()
    {
        var result = Engine(threshold: 0.999f).Triage(new MailMessageInput { Subject = "hello", TextBody = "see attached" });

        Assert.True(result.NeedsReview);
        Assert.Contains("runner-up", result.ReviewReason);
        Assert.Equal(result.IntentScores[0].Key, result.Label);
    }
}

using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Triage;

namespace MailTriage.Classifier.Evaluation;

/// <summary>Scores triage results against gold records: the figures `mailtriage evaluate` prints.</summary>
public sealed class TriageEvaluation
{
    public TriageEvaluation(IReadOnlyList<(GoldRecord Gold, GoldRecord Predicted)> pairs)
    {
        Count = pairs.Count;
        Intent = new ClassificationMetrics(pairs.Select(p => (p.Gold.Label, p.Predicted.Label)), IntentLabels.All);
        IntentEnglish = new ClassificationMetrics(pairs.Where(p => p.Gold.Language == "en").Select(p => (p.Gold.Label, p.Predicted.Label)), IntentLabels.All);
        IntentSpanish = new ClassificationMetrics(pairs.Where(p => p.Gold.Language == "es").Select(p => (p.Gold.Label, p.Predicted.Label)), IntentLabels.All);

        // Reason quality is judged on gold disputes, so an intent miss counts against the reason too.
        DisputeReason = new ClassificationMetrics(
            pairs.Where(p => p.Gold.Label == IntentLabels.Dispute).Select(p => (p.Gold.DisputeReason ?? "", p.Predicted.DisputeReason ?? "(none)")));
        Language = new ClassificationMetrics(pairs.Select(p => (p.Gold.Language, p.Predicted.Language)));

        foreach (var (gold, predicted) in pairs)
        {
            InvoiceNumbers.Add(gold.InvoiceNumbers, predicted.InvoiceNumbers);
            PoNumbers.Add(gold.PoNumbers, predicted.PoNumbers);
            Amounts.Add(gold.Amounts, predicted.Amounts);
            RemittanceLines.Add(gold.RemittanceLines, predicted.RemittanceLines);
            PaymentTotals.Add(Maybe(gold.PaymentTotal), Maybe(predicted.PaymentTotal));
            if (gold.PromiseDate is not null || predicted.PromiseDate is not null)
            {
                PromiseDates.Add(Maybe(gold.PromiseDate), Maybe(predicted.PromiseDate));
            }

            if (gold.Label == IntentLabels.PaymentPromise)
            {
                PromiseDateTotal++;
                if (gold.PromiseDate == predicted.PromiseDate)
                {
                    PromiseDateCorrect++;
                }
            }
        }
    }

    public int Count { get; }
    public ClassificationMetrics Intent { get; }
    public ClassificationMetrics IntentEnglish { get; }
    public ClassificationMetrics IntentSpanish { get; }
    public ClassificationMetrics DisputeReason { get; }
    public ClassificationMetrics Language { get; }
    public SetMatch InvoiceNumbers { get; } = new();
    public SetMatch PoNumbers { get; } = new();
    public SetMatch Amounts { get; } = new();
    public SetMatch RemittanceLines { get; } = new();
    public SetMatch PaymentTotals { get; } = new();
    public SetMatch PromiseDates { get; } = new();

    /// <summary>Share of gold payment promises whose promised date is exactly right.</summary>
    public double PromiseDateAccuracy => PromiseDateTotal == 0 ? 0 : (double)PromiseDateCorrect / PromiseDateTotal;

    public int PromiseDateTotal { get; private set; }
    public int PromiseDateCorrect { get; private set; }

    private static IEnumerable<T> Maybe<T>(T? value) where T : class => value is null ? [] : [value];
}

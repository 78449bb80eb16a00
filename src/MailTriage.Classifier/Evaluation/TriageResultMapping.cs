using System.Globalization;
using MailTriage.Classifier.Triage;

namespace MailTriage.Classifier.Evaluation;

/// <summary>Maps a triage result to the gold.jsonl shape, the single place that decides how values are written.</summary>
public static class TriageResultMapping
{
    public static GoldRecord ToRecord(this TriageResult result, string file)
    {
        var x = result.Extraction;
        return new GoldRecord
        {
            File = file,
            Label = result.Label,
            DisputeReason = result.DisputeReason,
            Language = result.Message.Language,
            InvoiceNumbers = [.. x.InvoiceNumbers],
            PoNumbers = [.. x.PoNumbers],
            Amounts = [.. x.Amounts.Select(a => new AmountRecord(a.ValueText, a.Currency))],
            PromiseDate = x.PromiseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RemittanceLines = [.. x.RemittanceLines.Select(l => new RemittanceLineRecord(l.Invoice, l.Amount.ToString("0.00", CultureInfo.InvariantCulture)))],
            PaymentTotal = x.PaymentTotal is { } t ? new AmountRecord(t.ValueText, t.Currency) : null,
        };
    }
}

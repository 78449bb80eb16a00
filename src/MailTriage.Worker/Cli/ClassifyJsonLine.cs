using MailTriage.Classifier.Evaluation;

namespace MailTriage.Worker.Cli;

/// <summary>One line of `classify --json`: gold.jsonl's fields in gold.jsonl's order, plus confidence and needs_review.</summary>
internal sealed record ClassifyJsonLine(
    string File,
    string Label,
    double Confidence,
    string? DisputeReason,
    string Language,
    IReadOnlyList<string> InvoiceNumbers,
    IReadOnlyList<string> PoNumbers,
    IReadOnlyList<AmountRecord> Amounts,
    string? PromiseDate,
    IReadOnlyList<RemittanceLineRecord> RemittanceLines,
    AmountRecord? PaymentTotal,
    bool NeedsReview)
{
    public static ClassifyJsonLine From(GoldRecord r, double confidence, bool needsReview) => new(
        r.File, r.Label, Math.Round(confidence, 4), r.DisputeReason, r.Language, r.InvoiceNumbers, r.PoNumbers,
        r.Amounts, r.PromiseDate, r.RemittanceLines, r.PaymentTotal, needsReview);
}

internal sealed record ClassifyErrorLine(string File, string Error);

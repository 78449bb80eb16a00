namespace MailTriage.Classifier.Evaluation;

/// <summary>One labelled message in the gold.jsonl format (also the shape of `classify --json` output).</summary>
public sealed record GoldRecord
{
    public string File { get; init; } = "";
    public string Label { get; init; } = "";
    public string? DisputeReason { get; init; }
    public string Language { get; init; } = "";
    public List<string> InvoiceNumbers { get; init; } = [];
    public List<string> PoNumbers { get; init; } = [];
    public List<AmountRecord> Amounts { get; init; } = [];
    public string? PromiseDate { get; init; }
    public List<RemittanceLineRecord> RemittanceLines { get; init; } = [];
    public AmountRecord? PaymentTotal { get; init; }
}

public sealed record AmountRecord(string Value, string? Currency);

public sealed record RemittanceLineRecord(string Invoice, string Amount);

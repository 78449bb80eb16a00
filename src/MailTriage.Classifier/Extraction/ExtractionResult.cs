namespace MailTriage.Classifier.Extraction;

/// <summary>An amount as written, normalised to a decimal and an ISO 4217 code when the text makes it clear.</summary>
public readonly record struct Money(decimal Value, string? Currency)
{
    public string ValueText => Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record RemittanceLine(string Invoice, decimal Amount);

public sealed record ExtractionResult
{
    public IReadOnlyList<string> InvoiceNumbers { get; init; } = [];
    public IReadOnlyList<string> PoNumbers { get; init; } = [];
    public IReadOnlyList<Money> Amounts { get; init; } = [];
    public DateOnly? PromiseDate { get; init; }
    public IReadOnlyList<RemittanceLine> RemittanceLines { get; init; } = [];
    public Money? PaymentTotal { get; init; }

    public static readonly ExtractionResult Empty = new();
}

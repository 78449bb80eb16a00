namespace MailTriage.Classifier.Extraction.Scanning;

internal enum TokenKind
{
    Word,
    Number,
    Id,
    Amount,
    Date,
    Punct,
    SentenceEnd,
}

/// <summary>One piece of a scanned line: a word, an identifier candidate, an amount, a date or punctuation.</summary>
internal sealed class Token
{
    public required TokenKind Kind { get; set; }
    public required string Text { get; init; }

    /// <summary>Lower case without accents, for lexicon look-ups ("Número" → "numero").</summary>
    public required string Norm { get; init; }

    public int Cell { get; init; }

    /// <summary>Offset in the line, to tell "30th" (no gap) from "30 th".</summary>
    public int Start { get; init; }

    public bool SpaceBefore { get; init; }

    // Amount details (Kind == Amount)
    public decimal Value { get; set; }

    /// <summary>ISO code stated next to the number ("USD", "€", "M.N."), or null.</summary>
    public string? Code { get; set; }

    /// <summary>A bare "$": USD or MXN (or COP…) is decided from the rest of the message.</summary>
    public bool Dollar { get; set; }

    /// <summary>True when a currency symbol or code sits next to the number.</summary>
    public bool Marked { get; set; }

    /// <summary>"3.5k" without a currency: an amount only where the words around it talk about money.</summary>
    public bool NeedsMoneyContext { get; set; }

    public override string ToString() => $"{Kind}:{Text}";
}

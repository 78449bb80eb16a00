using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// Gives each amount its ISO code. A written code or symbol wins; "$" is USD or MXN (or COP…) by the other
/// codes in the message, then the sender's country domain, then the language; a bare number in a table takes
/// its row's or column's currency, else the one currency the message uses. No evidence at all leaves it null.
/// </summary>
internal sealed class CurrencyResolver
{
    private readonly string _dollar;
    private readonly string? _default;
    private readonly Dictionary<ScannedLine, string?> _lineCurrency = [];

    private CurrencyResolver(string dollar, string? fallback)
    {
        _dollar = dollar;
        _default = fallback;
    }

    public static CurrencyResolver Build(ScannedText text, string language, string? from)
    {
        var codes = new List<string>();
        var dollars = 0;
        foreach (var t in text.AllTokens)
        {
            if (t.Kind == TokenKind.Amount && t.Code is not null)
            {
                codes.Add(t.Code);
            }
            else if (t.Kind == TokenKind.Amount && t.Dollar)
            {
                dollars++;
            }
            else if (t.Kind == TokenKind.Word && t.Text.Length == 3 && char.IsUpper(t.Text[0]) && Lexicon.CurrencyWords.TryGetValue(t.Norm, out var code))
            {
                codes.Add(code);
            }
        }

        var dollar = MostFrequent(codes.Where(Lexicon.DollarFamily.Contains))
            ?? FromDomain(from)
            ?? (language == "es" && !codes.Contains("EUR") ? "MXN" : "USD");

        var resolved = codes.ToList();
        resolved.AddRange(Enumerable.Repeat(dollar, dollars));
        return new CurrencyResolver(dollar, MostFrequent(resolved));
    }

    /// <summary>The currency of an amount token in its line (and table row).</summary>
    public string? Resolve(Token amount, ScannedLine line)
    {
        if (amount.Code is not null)
        {
            return amount.Code;
        }

        if (amount.Dollar)
        {
            return _dollar;
        }

        return RowCurrency(line, amount) ?? _default;
    }

    private string? RowCurrency(ScannedLine line, Token amount)
    {
        if (line.IsDataRow)
        {
            var currencyColumn = line.Table!.IndexOf(ColumnKind.Currency);
            if (currencyColumn >= 0)
            {
                var cell = line.Tokens.FirstOrDefault(t => t.Cell == currencyColumn && t.Kind == TokenKind.Word);
                if (cell is not null && Lexicon.CurrencyWords.TryGetValue(cell.Norm, out var rowCode))
                {
                    return rowCode;
                }
            }

            if (line.Table.CurrencyOf(amount.Cell) is { } headerCode)
            {
                return headerCode;
            }
        }

        if (!_lineCurrency.TryGetValue(line, out var lineCode))
        {
            lineCode = LineCurrency(line);
            _lineCurrency[line] = lineCode; // once per line: a long one-line body stays linear
        }

        return lineCode;
    }

    /// <summary>The first currency the line states: a code word ("Total pagado MXN", "Residual (USD)") or a marked amount.</summary>
    private string? LineCurrency(ScannedLine line)
    {
        foreach (var t in line.Tokens)
        {
            if (t.Kind == TokenKind.Word && t.Text.Length == 3 && char.IsUpper(t.Text[0]) && Lexicon.CurrencyWords.TryGetValue(t.Norm, out var code))
            {
                return code;
            }

            if (t.Kind == TokenKind.Amount && t.Marked)
            {
                return t.Code ?? (t.Dollar ? _dollar : null);
            }
        }

        return null;
    }

    private static string? FromDomain(string? from)
    {
        if (from is null)
        {
            return null;
        }

        var domain = from[(from.LastIndexOf('@') + 1)..].ToLowerInvariant().TrimEnd('>', ' ');
        return domain switch
        {
            _ when domain.EndsWith(".mx", StringComparison.Ordinal) => "MXN",
            _ when domain.EndsWith(".co", StringComparison.Ordinal) => "COP",
            _ when domain.EndsWith(".ar", StringComparison.Ordinal) => "ARS",
            _ when domain.EndsWith(".cl", StringComparison.Ordinal) => "CLP",
            _ when domain.EndsWith(".ca", StringComparison.Ordinal) => "CAD",
            _ when domain.EndsWith(".au", StringComparison.Ordinal) => "AUD",
            _ => null,
        };
    }

    private static string? MostFrequent(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal)
            .Select((g, i) => (Code: g.Key, Count: g.Count(), First: i))
            .OrderByDescending(x => x.Count).ThenBy(x => x.First)
            .Select(x => x.Code)
            .FirstOrDefault();
}

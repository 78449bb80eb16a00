using System.Text.RegularExpressions;

namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>
/// Splits one table cell (or one line) into tokens with a single source-generated regex. The order of the
/// alternatives is the precedence: a date before an amount ("10/14/2026" is not 10.14), an amount before an
/// identifier ("$5,000"), an identifier before a word ("INV-2026-10233", "A10301", "9100234871").
/// </summary>
internal static partial class Tokenizer
{
    private const string Months =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic)(?!\p{L})";

    private const string Codes = @"(?:USD|EUR|MXN|COP|GBP|BRL|INR|CAD|ARS|CLP|PEN|CHF|AUD|JPY)(?!\p{L})";
    private const string Symbols = @"(?:US\$|USD\$|MX\$|MXN\$|COL\$|R\$|C\$|A\$|\$|€|£|₹)";
    private const string NationalMarks = @"(?:M\.\s?N\.?|MN(?!\p{L})|(?i:pesos(?:\s+mexicanos|\s+colombianos)?|d[oó]lares(?:\s+americanos)?|dollars|euros|reales)(?!\p{L}))";
    private const string Num = @"(?:\d{1,3}(?:[,.\u00A0\u202F']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)";
    // "m"/"mm" must not swallow the "M" of "M.N." (Mexican pesos).
    private const string Mult = @"(?i:(?:k|mil|bn|millones|mill[oó]n|millions?)(?!\p{L})|mm?(?![\p{L}.]))";

    private const string Pattern =
        // anchored: the scanner calls it only where a plain word or punctuation cannot decide
        @"\G(?:" +
        // dates
        @"(?<date>(?<![\p{L}\p{N}/.\-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{1,2}/\d{1,2}" +
        @"|\d{1,2}(?:st|nd|rd|th|º|°)?(?:\s+de\s+|\s+of\s+|[\s\-./]+)(?i:" + Months + @")\.?(?:(?:\s+de\s+|\s+del\s+|[\s,\-./]+)\d{4})?" +
        @"|(?i:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)(?![\p{L}\p{N}]|[/\-]\d|[.,]\d))" +
        // amounts with a currency before the number
        @"|(?<amount>(?<![\p{L}\p{N}_/\-.,])(?:(?<code>" + Codes + @"|INR|Rs\.?)[ \t]?(?<sym>" + Symbols + @")?|(?<sym>" + Symbols + @"))[ \t]?(?<num>" + Num + @")(?:[ \t]?(?<mult>" + Mult + @"))?(?:[ \t]?(?<code2>" + Codes + @"|" + NationalMarks + @"))?(?![\p{L}\p{N}]))" +
        // space-grouped thousands, only when a currency follows ("1 234,56 €"): phone numbers never have one
        @"|(?<amount>(?<![\p{L}\p{N}_/\-.,])(?<num>\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?)[ \t]?(?<code2>" + Codes + @"|€|£))" +
        // amounts with a currency after the number
        @"|(?<amount>(?<![\p{L}\p{N}_/\-.,])(?<num>" + Num + @")(?:[ \t]?(?<mult>" + Mult + @"))?[ \t]?(?<code2>" + Codes + @"|" + NationalMarks + @"|€|£))" +
        // bare decimals with exactly two decimals
        @"|(?<amount>(?<![\p{L}\p{N}_/\-.,])(?<num>\d{1,3}(?:[,.\u00A0]\d{3})+[.,]\d{2}|\d+[.,]\d{2})(?![\p{L}\p{N}]|[.,]\d))" +
        // bare "3.5k"
        @"|(?<amount>(?<![\p{L}\p{N}_/\-.,])(?<num>\d+(?:[.,]\d)?)(?<kmult>[kK])(?![\p{L}\p{N}]))" +
        // identifiers: letters+digits with separators, or long digit runs
        @"|(?<id>(?<![\p{L}\p{N}_\-/.])(?:[A-Z]{1,8}\d{0,14}|\d{1,14})(?:[\-/_.][A-Z0-9]{1,16}){0,6}(?![\p{L}\p{N}_]|[\-/.][\p{L}\p{N}]))" +
        // words (with the dotted abbreviations labels use)
        @"|(?<word>(?i:p\.\s?o\.|o\.\s?c\.|a/c|s/n|n\.?\s?º|nº|no\.|nro\.|núm\.|num\.|inv\.|ref\.|fact\.|fra\.|tel\.|ext\.)|\p{L}[\p{L}\p{M}'’]*)" +
        @"|(?<number>\d+(?:[.,:]\d+)*)" +
        @"|(?<punct>[^\s\p{L}\p{N}]))";

    [GeneratedRegex(Pattern, RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Master();

    private static readonly System.Collections.Frozen.FrozenSet<string> MonthWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
         "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "enero", "ene",
         "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago", "septiembre", "setiembre",
         "octubre", "noviembre", "diciembre", "dic"], StringComparer.OrdinalIgnoreCase);

    public static void Tokenize(string cell, int cellIndex, List<Token> output)
    {
        var first = output.Count;
        var pos = 0;
        while (pos < cell.Length)
        {
            var c = cell[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
                continue;
            }

            // Most of a message is ordinary words and punctuation: scan those by hand, and run the regex
            // only where a date, amount, identifier or abbreviation may start.
            if (char.IsLetter(c) && TryPlainWord(cell, pos, out var end))
            {
                var text = cell[pos..end];
                output.Add(New(TokenKind.Word, text, Lexicon.Normalise(text), cellIndex, pos, pos == 0 || char.IsWhiteSpace(cell[pos - 1])));
                pos = end;
                continue;
            }

            if (!char.IsLetterOrDigit(c) && !IsCurrencySign(c))
            {
                output.Add(Punctuation(cell, pos, cellIndex));
                pos++;
                continue;
            }

            var m = Master().Match(cell, pos);
            if (!m.Success || m.Length == 0)
            {
                pos++;
                continue;
            }

            var token = Create(m, cell, cellIndex);
            if (token is not null)
            {
                output.Add(token);
            }

            pos = m.Index + m.Length;
        }

        Refine(output, first);
    }

    private static bool IsCurrencySign(char c) => c is '$' or '€' or '£' or '₹';

    /// <summary>
    /// A lower-case or Capitalised word that cannot start anything else: not all capitals (codes, ids), not a
    /// month, not followed by a digit or by the dot/slash/dash of an abbreviation or identifier.
    /// </summary>
    private static bool TryPlainWord(string cell, int pos, out int end)
    {
        end = pos;
        var uppers = 0;
        while (end < cell.Length && (char.IsLetter(cell[end]) || cell[end] is '\'' or '’' || char.GetUnicodeCategory(cell[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            uppers += char.IsUpper(cell[end]) ? 1 : 0;
            end++;
        }

        var length = end - pos;
        if (uppers > 1 || (uppers == 1 && (length == 1 || !char.IsUpper(cell[pos]))))
        {
            return false;
        }

        if (end < cell.Length && (char.IsDigit(cell[end]) || cell[end] is '.' or '/' or '-' or '_' or '$' or 'º' or '°'))
        {
            return false;
        }

        return length > 3 ? !MonthWords.Contains(cell.Substring(pos, length)) : !MonthWords.Contains(cell.Substring(pos, length)) && length > 1;
    }

    private static Token Punctuation(string cell, int pos, int cellIndex)
    {
        var c = cell[pos];
        var next = pos + 1 < cell.Length ? cell[pos + 1] : ' ';
        var kind = c is '.' or '!' or '?' or ';' && (char.IsWhiteSpace(next) || pos + 1 == cell.Length)
            ? TokenKind.SentenceEnd
            : TokenKind.Punct;
        return New(kind, c.ToString(), c.ToString(), cellIndex, pos, pos == 0 || char.IsWhiteSpace(cell[pos - 1]));
    }

    private static Token? Create(Match m, string cell, int cellIndex)
    {
        var text = m.Value;
        var spaceBefore = m.Index == 0 || char.IsWhiteSpace(cell[m.Index - 1]);
        if (m.Groups["date"].Success)
        {
            return New(TokenKind.Date, text, text, cellIndex, m.Index, spaceBefore);
        }

        if (m.Groups["amount"].Success)
        {
            return Amount(m, cellIndex, spaceBefore);
        }

        if (m.Groups["id"].Success)
        {
            return Identifier(text, cellIndex, m.Index, spaceBefore);
        }

        if (m.Groups["word"].Success)
        {
            return New(TokenKind.Word, text, Lexicon.Normalise(text), cellIndex, m.Index, spaceBefore);
        }

        if (m.Groups["number"].Success)
        {
            return New(TokenKind.Number, text, text, cellIndex, m.Index, spaceBefore);
        }

        var c = text[0];
        var next = m.Index + 1 < cell.Length ? cell[m.Index + 1] : ' ';
        var kind = c is '.' or '!' or '?' or ';' && (char.IsWhiteSpace(next) || m.Index + 1 == cell.Length)
            ? TokenKind.SentenceEnd
            : TokenKind.Punct;
        return New(kind, text, text, cellIndex, m.Index, spaceBefore);
    }

    private static Token New(TokenKind kind, string text, string norm, int cell, int start, bool spaceBefore) =>
        new() { Kind = kind, Text = text, Norm = norm, Cell = cell, Start = start, SpaceBefore = spaceBefore };

    private static Token Identifier(string text, int cell, int start, bool spaceBefore)
    {
        int digits = 0, letters = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(ch))
            {
                letters++;
            }
        }

        // "ACH", "W-9", "Q4" are words; "1-2" and "5.1.1" are numbers; a document number has digits.
        if (letters > 0 && digits < 3)
        {
            return New(TokenKind.Word, text, Lexicon.Normalise(text), cell, start, spaceBefore);
        }

        if (letters == 0 && digits < 4)
        {
            return New(TokenKind.Number, text, text, cell, start, spaceBefore);
        }

        return New(TokenKind.Id, text, text.ToUpperInvariant(), cell, start, spaceBefore);
    }

    private static Token Amount(Match m, int cell, bool spaceBefore)
    {
        var token = New(TokenKind.Amount, m.Value, m.Value, cell, m.Index, spaceBefore);
        var code = m.Groups["code"].Success ? m.Groups["code"].Value : null;
        var sym = m.Groups["sym"].Success ? m.Groups["sym"].Value : null;
        var code2 = m.Groups["code2"].Success ? m.Groups["code2"].Value : null;
        token.Marked = code is not null || sym is not null || code2 is not null;
        token.Code = CurrencyOf(code2) ?? CurrencyOf(code) ?? CurrencyOf(sym);
        token.Dollar = token.Code is null && (sym == "$" || IsPesos(code2));
        if (token.Dollar && IsPesos(code2))
        {
            token.Code = null; // "pesos": MXN or COP, decided by the message like a bare "$"
        }

        var multiplier = m.Groups["mult"].Success ? m.Groups["mult"].Value : m.Groups["kmult"].Success ? "k" : null;
        token.NeedsMoneyContext = m.Groups["kmult"].Success;
        if (NumberParser.TryParse(m.Groups["num"].Value, out var value))
        {
            token.Value = value * Multiplier(multiplier);
        }
        else
        {
            token.Kind = TokenKind.Number;
        }

        return token;
    }

    private static bool IsPesos(string? mark) => mark is not null && mark.StartsWith("pesos", StringComparison.OrdinalIgnoreCase)
        && !mark.Contains("mexicanos", StringComparison.OrdinalIgnoreCase);

    private static decimal Multiplier(string? mult) => mult?.ToLowerInvariant() switch
    {
        null => 1m,
        "k" or "mil" => 1_000m,
        "m" or "mm" or "millones" or "millon" or "millón" or "million" or "millions" => 1_000_000m,
        "bn" => 1_000_000_000m,
        _ => 1m,
    };

    /// <summary>ISO code for a symbol or code written next to a number; null for a bare "$".</summary>
    internal static string? CurrencyOf(string? mark)
    {
        if (mark is null)
        {
            return null;
        }

        var m = mark.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return m switch
        {
            "$" => null,
            "US$" or "USD$" or "DOLLARS" or "DÓLARES" or "DOLARES" or "DÓLARESAMERICANOS" or "DOLARESAMERICANOS" => "USD",
            "MX$" or "MXN$" or "M.N." or "M.N" or "MN" or "PESOSMEXICANOS" => "MXN",
            "COL$" or "PESOSCOLOMBIANOS" => "COP",
            "R$" or "REALES" => "BRL",
            "C$" => "CAD",
            "A$" => "AUD",
            "€" or "EUROS" => "EUR",
            "£" => "GBP",
            "₹" or "RS" or "RS." => "INR",
            _ when m.StartsWith("PESOS", StringComparison.Ordinal) => null,
            _ when m.Length == 3 && Lexicon.CurrencyWords.ContainsKey(m.ToLowerInvariant()) => m,
            _ => null,
        };
    }

    /// <summary>Context checks a regex cannot do cheaply: percentages, quantities, clause numbers.</summary>
    private static void Refine(List<Token> tokens, int first)
    {
        for (var i = first; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Amount || t.Marked)
            {
                continue;
            }

            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var prev = i > first ? tokens[i - 1] : null;
            var percent = next is { Kind: TokenKind.Punct, Text: "%" };
            var unit = next is { Kind: TokenKind.Word } && Lexicon.UnitsAfter.Contains(next.Norm);
            var notMoney = prev is { Kind: TokenKind.Word } && Lexicon.NotMoneyBefore.Contains(prev.Norm);
            if (percent || unit || notMoney)
            {
                t.Kind = TokenKind.Number;
            }
        }
    }
}

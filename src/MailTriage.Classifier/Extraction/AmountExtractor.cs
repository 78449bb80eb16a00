using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// Every monetary amount in the newest message (and remittance attachments when they count): amounts with a
/// currency mark, bare two-decimal figures, and plain numbers under an amount column. Percentages, quantities,
/// clause numbers and phone numbers are not amounts. The list keeps each (value, currency) once, in order.
/// </summary>
internal static class AmountExtractor
{
    /// <summary>Words around a "3.5k" that make it money ("owe 3.5k", "the 3.5k balance").</summary>
    private const int MoneyContextWindow = 4;

    public static List<AmountMention> Find(ScannedText text, CurrencyResolver currencies)
    {
        var mentions = new List<AmountMention>();
        var position = 0;
        foreach (var line in text.Lines)
        {
            for (var i = 0; i < line.Tokens.Count; i++)
            {
                position++;
                var token = line.Tokens[i];
                if (!IsAmount(line, i))
                {
                    continue;
                }

                var value = decimal.Round(Math.Abs(token.Value), 2);
                if (value == 0)
                {
                    continue; // "0.00" in a discount column states that nothing was deducted, not an amount
                }

                var money = new Money(value, currencies.Resolve(token, line));
                mentions.Add(new AmountMention(money, token, line, position));
            }
        }

        return mentions;
    }

    public static IReadOnlyList<Money> Distinct(IEnumerable<AmountMention> mentions)
    {
        var seen = new HashSet<Money>();
        var result = new List<Money>();
        foreach (var m in mentions)
        {
            if (seen.Add(m.Money))
            {
                result.Add(m.Money);
            }
        }

        return result;
    }

    private static bool IsAmount(ScannedLine line, int i)
    {
        var token = line.Tokens[i];
        if (token.Kind == TokenKind.Amount)
        {
            return !token.NeedsMoneyContext || HasMoneyContext(line, i);
        }

        // A plain number under "Amount Paid" or "Importe" is money even without decimals.
        if (token.Kind is TokenKind.Id or TokenKind.Number && line.IsDataRow
            && line.Table!.KindOf(token.Cell) is ColumnKind.Amount or ColumnKind.Paid or ColumnKind.Deduction
            && token.Text.All(c => char.IsAsciiDigit(c) || c is ',' or '.')
            && NumberParser.TryParse(token.Text, out var value))
        {
            token.Kind = TokenKind.Amount;
            token.Value = value;
            return true;
        }

        return false;
    }

    private static bool HasMoneyContext(ScannedLine line, int i)
    {
        for (var j = Math.Max(0, i - MoneyContextWindow); j < Math.Min(line.Tokens.Count, i + 3); j++)
        {
            if (line.Tokens[j].Kind == TokenKind.Word && Lexicon.MoneyContext.Contains(line.Tokens[j].Norm))
            {
                return true;
            }
        }

        return false;
    }
}

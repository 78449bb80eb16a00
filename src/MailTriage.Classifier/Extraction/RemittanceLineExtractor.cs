using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// (invoice, amount paid) pairs of a remittance. Table rows and short list lines come first: one invoice
/// and its amounts on a row, where the amount is the "Paid"/"Pagado" column when the header names one, else
/// the row's last amount that is not a deduction (paid = billed − deduction sits last in remittance tables).
/// Without such rows, a sentence about paying that pairs one invoice with one amount ("paid INV-1 ($1,980.00)").
/// </summary>
internal static class RemittanceLineExtractor
{
    /// <summary>Longest list line read as a row ("1) INV-… dtd 15-Sep-2026 - USD 32,000.00").</summary>
    private const int ShortLineTokens = 16;

    /// <summary>Tokens between an invoice and its amount in a sentence ("INV-1 ($1,980.00)", "$14,780.00 for invoice INV-1").</summary>
    private const int PairDistance = 4;

    public static IReadOnlyList<RemittanceLine> Extract(
        ScannedText text, IReadOnlyList<DocumentReference> references, IReadOnlyList<AmountMention> amounts)
    {
        var invoicesByToken = references.Where(r => r.Kind == DocumentKind.Invoice).ToDictionary(r => r.Token);
        var amountsByToken = amounts.ToDictionary(a => a.Token);
        var lines = FromRows(text, invoicesByToken, amountsByToken);
        return lines.Count > 0 ? lines : FromSentences(text, invoicesByToken, amountsByToken);
    }

    private static List<RemittanceLine> FromRows(
        ScannedText text, Dictionary<Token, DocumentReference> invoices, Dictionary<Token, AmountMention> amounts)
    {
        var result = new List<RemittanceLine>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Lines)
        {
            var rowInvoices = line.Tokens.Where(invoices.ContainsKey).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (rowInvoices.Count != 1 || IsTotalLine(line) || !IsRowLike(line))
            {
                continue;
            }

            var paid = PaidAmount(line, amounts);
            if (paid is not null && seen.Add(rowInvoices[0]))
            {
                result.Add(new RemittanceLine(rowInvoices[0], paid.Value.Value));
            }
        }

        return result;
    }

    private static bool IsRowLike(ScannedLine line) =>
        line.IsDataRow || line.CellCount >= 2 || line.Tokens.Count(t => t.Kind != TokenKind.Punct) <= ShortLineTokens;

    internal static bool IsTotalLine(ScannedLine line)
    {
        var firstWord = line.Tokens.FirstOrDefault(t => t.Kind == TokenKind.Word);
        return firstWord is not null && (Lexicon.TotalWords.Contains(firstWord.Norm) || firstWord.Norm == "subtotal");
    }

    private static Money? PaidAmount(ScannedLine line, Dictionary<Token, AmountMention> amounts)
    {
        var rowAmounts = line.Tokens.Where(amounts.ContainsKey).ToList();
        if (rowAmounts.Count == 0)
        {
            return null;
        }

        if (line.IsDataRow)
        {
            var paidColumn = line.Table!.IndexOf(ColumnKind.Paid);
            var inPaid = rowAmounts.FirstOrDefault(t => t.Cell == paidColumn);
            if (paidColumn >= 0 && inPaid is not null)
            {
                return amounts[inPaid].Money;
            }

            var notDeduction = rowAmounts.LastOrDefault(t => line.Table.KindOf(t.Cell) is not ColumnKind.Deduction);
            return notDeduction is null ? null : amounts[notDeduction].Money;
        }

        return amounts[rowAmounts[^1]].Money;
    }

    private static List<RemittanceLine> FromSentences(
        ScannedText text, Dictionary<Token, DocumentReference> invoices, Dictionary<Token, AmountMention> amounts)
    {
        var result = new List<RemittanceLine>();
        foreach (var sentence in Sentences(text))
        {
            if (!sentence.Exists(t => t.Kind == TokenKind.Word && Lexicon.PaymentWords.Contains(t.Norm)))
            {
                continue;
            }

            for (var i = 0; i < sentence.Count; i++)
            {
                if (!invoices.ContainsKey(sentence[i]))
                {
                    continue;
                }

                var amount = NearestAmount(sentence, i, invoices, amounts);
                if (amount is not null && !result.Exists(r => r.Invoice.Equals(sentence[i].Text, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(new RemittanceLine(sentence[i].Text, amount.Value.Value));
                }
            }
        }

        return result;
    }

    private static Money? NearestAmount(List<Token> s, int i, Dictionary<Token, DocumentReference> invoices, Dictionary<Token, AmountMention> amounts)
    {
        for (var d = 1; d <= PairDistance; d++)
        {
            foreach (var j in (int[])[i + d, i - d])
            {
                if (j < 0 || j >= s.Count || !amounts.ContainsKey(s[j]))
                {
                    continue;
                }

                var from = Math.Min(i, j) + 1;
                var to = Math.Max(i, j);
                var between = s.Skip(from).Take(to - from).ToList();
                var otherInvoice = between.Exists(invoices.ContainsKey);
                var deduction = Enumerable.Range(Math.Max(0, j - 3), Math.Min(3, j)).Any(k => s[k].Kind == TokenKind.Word && Lexicon.DeductionWords.Contains(s[k].Norm));
                if (!otherInvoice && !deduction)
                {
                    return amounts[s[j]].Money;
                }
            }
        }

        return null;
    }

    internal static IEnumerable<List<Token>> Sentences(ScannedText text)
    {
        foreach (var line in text.Lines)
        {
            var current = new List<Token>();
            foreach (var t in line.Tokens)
            {
                if (t.Kind == TokenKind.SentenceEnd)
                {
                    if (current.Count > 0)
                    {
                        yield return current;
                    }

                    current = [];
                    continue;
                }

                current.Add(t);
            }

            if (current.Count > 0)
            {
                yield return current;
            }
        }
    }
}

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

    /// <summary>Extra distance for pairing across a comma: amounts pair within their own clause first.</summary>
    private const int ClauseBreakCost = 3;

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
        // Table rows are the strongest evidence; short list lines count only when the message has no table.
        var fromTables = Collect(text, invoices, amounts, static l => l.IsDataRow || l.CellCount >= 2);
        return fromTables.Count > 0 ? fromTables : Collect(text, invoices, amounts, IsListLine);
    }

    private static List<RemittanceLine> Collect(
        ScannedText text, Dictionary<Token, DocumentReference> invoices, Dictionary<Token, AmountMention> amounts, Func<ScannedLine, bool> rowLike)
    {
        var result = new List<RemittanceLine>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Lines)
        {
            if (line.Tokens.Count == 0 || !rowLike(line) || IsTotalLine(line))
            {
                continue;
            }

            var rowInvoices = line.Tokens.Where(invoices.ContainsKey).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (rowInvoices.Count != 1)
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

    /// <summary>"1) INV-… dtd 15-Sep-2026 - USD 32,000.00": one short clause, no sentence break, no deduction wording.</summary>
    private static bool IsListLine(ScannedLine line)
    {
        var words = 0;
        for (var i = 0; i < line.Tokens.Count; i++)
        {
            var t = line.Tokens[i];
            if (t.Kind == TokenKind.SentenceEnd && i < line.Tokens.Count - 1)
            {
                return false;
            }

            if (t.Kind == TokenKind.Word && Lexicon.DeductionWords.Contains(t.Norm))
            {
                return false;
            }

            words += t.Kind is TokenKind.Punct or TokenKind.SentenceEnd ? 0 : 1;
        }

        return words <= ShortLineTokens;
    }

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
        foreach (var sentence in SentenceSplitter.Split(text))
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

    /// <summary>
    /// The amount that belongs to the invoice at <paramref name="i"/>: the closest one in the same clause. Crossing
    /// a comma costs extra, so "$3,000 for SI-1, $1,500 for SI-2" pairs each amount with the invoice after it.
    /// </summary>
    private static Money? NearestAmount(List<Token> s, int i, Dictionary<Token, DocumentReference> invoices, Dictionary<Token, AmountMention> amounts)
    {
        Money? best = null;
        var bestCost = int.MaxValue;
        for (var j = Math.Max(0, i - PairDistance); j <= Math.Min(s.Count - 1, i + PairDistance); j++)
        {
            if (j == i || !amounts.ContainsKey(s[j]))
            {
                continue;
            }

            var from = Math.Min(i, j) + 1;
            var to = Math.Max(i, j);
            var cost = to - from + 1;
            var blocked = false;
            for (var k = from; k < to; k++)
            {
                blocked |= invoices.ContainsKey(s[k]) || amounts.ContainsKey(s[k]);
                cost += s[k].Kind == TokenKind.Punct && s[k].Text is "," or ";" ? ClauseBreakCost : 0;
            }

            var deduction = Enumerable.Range(Math.Max(0, j - 3), Math.Min(3, j)).Any(k => s[k].Kind == TokenKind.Word && Lexicon.DeductionWords.Contains(s[k].Norm));
            if (blocked || deduction)
            {
                continue;
            }

            if (cost < bestCost)
            {
                best = amounts[s[j]].Money;
                bestCost = cost;
            }
        }

        return best;
    }
}

using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// The payment's total, when the message states it. Strongest evidence first: a stated amount equal to the
/// sum of the remittance lines; then a "Total paid" / "Total" / "Payment amount" line; then a single-invoice
/// payment's line amount; then the amount of a sentence about sending money ("mailed check #20817 for $3,412.50").
/// </summary>
internal static class PaymentTotalExtractor
{
    /// <summary>Rounding slack when a total is compared with the sum of its lines.</summary>
    private const decimal SumTolerance = 0.011m;

    public static Money? Extract(ScannedText text, IReadOnlyList<RemittanceLine> lines, IReadOnlyList<AmountMention> amounts)
    {
        if (lines.Count >= 2)
        {
            var sum = lines.Sum(l => l.Amount);
            var match = amounts.FirstOrDefault(a => Math.Abs(a.Money.Value - sum) <= SumTolerance);
            if (match is not null)
            {
                return match.Money;
            }
        }

        var labelled = Labelled(amounts);
        if (labelled is not null)
        {
            return labelled;
        }

        if (lines.Count == 1)
        {
            var single = amounts.FirstOrDefault(a => a.Money.Value == lines[0].Amount);
            return single?.Money ?? new Money(lines[0].Amount, null);
        }

        return lines.Count == 0 ? FromPaymentSentence(text, amounts) : null;
    }

    /// <summary>"Total paid $9,645.00", "Total pagado MXN $55,593.00", "Payment amount : USD 61,348.75", "Amount 19,104.00 USD".</summary>
    private static Money? Labelled(IReadOnlyList<AmountMention> amounts)
    {
        Money? plainTotal = null;
        Money? keyValue = null;
        var byToken = amounts.ToDictionary(a => a.Token);
        foreach (var line in amounts.Select(a => a.Line).Distinct())
        {
            // One pass per line: what words came before each amount (a 2 MB one-line body stays linear).
            bool total = false, paying = false, amountWord = false, subtotal = false;
            var words = 0;
            foreach (var t in line.Tokens)
            {
                if (t.Kind == TokenKind.Word)
                {
                    words++;
                    total |= Lexicon.TotalWords.Contains(t.Norm);
                    subtotal |= t.Norm == "subtotal";
                    paying |= t.Norm is "paid" or "pagado" or "payment" or "pago" or "remitted" or "check" or "cheque" or "transfer" or "transferencia" or "remesa";
                    amountWord |= t.Norm is "amount" or "importe" or "monto";
                    continue;
                }

                if (!byToken.TryGetValue(t, out var a) || words == 0)
                {
                    continue;
                }

                if ((total || amountWord) && paying)
                {
                    return a.Money;
                }

                if (total && !subtotal)
                {
                    plainTotal ??= a.Money;
                }

                if (amountWord && words <= 3)
                {
                    keyValue ??= a.Money;
                }
            }
        }

        return plainTotal ?? keyValue;
    }

    private static Money? FromPaymentSentence(ScannedText text, IReadOnlyList<AmountMention> amounts)
    {
        var byToken = amounts.ToDictionary(a => a.Token);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (!sentence.Exists(t => t.Kind == TokenKind.Word && Lexicon.PaymentWords.Contains(t.Norm)))
            {
                continue;
            }

            for (var i = 0; i < sentence.Count; i++)
            {
                if (!byToken.TryGetValue(sentence[i], out var mention))
                {
                    continue;
                }

                var deduction = Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => sentence[k].Kind == TokenKind.Word && Lexicon.DeductionWords.Contains(sentence[k].Norm));
                if (!deduction)
                {
                    return mention.Money;
                }
            }
        }

        return null;
    }
}

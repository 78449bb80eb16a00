using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>An identifier token and what it was classified as.</summary>
internal sealed record DocumentReference(Token Token, ScannedLine Line, DocumentKind Kind, int Position);

/// <summary>
/// Decides, for every identifier candidate, whether it is an invoice/credit memo, a PO, or neither. The
/// identifier's own prefix decides first (INV-…, PO-…, PAY-…); otherwise the nearest label before it in the
/// same sentence ("factura", "PO#", "check", "trace", "account"…) or the table column it sits in. A label
/// reaches a few words forward and carries along a list ("facturas A-1, A-2 y A-3"). Identifiers that no label
/// claimed are accepted when they share the shape of an accepted invoice ("A-10402" next to "A-10377").
/// </summary>
internal static class DocumentReferenceClassifier
{
    /// <summary>Words an invoice or PO label reaches: "invoice 10981 and the last little bit of 10874".</summary>
    private const int LabelReach = 6;

    /// <summary>Words an exclusion label reaches: "check #20817", "payment document 0008837715".</summary>
    private const int ExclusionReach = 1;

    public static List<DocumentReference> Classify(ScannedText text)
    {
        var results = new List<DocumentReference>();
        var pending = new List<DocumentReference>();
        var state = new LabelState();
        ScannedLine? previous = null;
        foreach (var line in text.Lines)
        {
            if (line.Tokens.Count == 0)
            {
                continue;
            }

            if (previous is null || !previous.EndsWithColon || line.IsDataRow)
            {
                state.Reset();
            }

            var cell = -1;
            for (var i = 0; i < line.Tokens.Count; i++)
            {
                var token = line.Tokens[i];
                if (token.Cell != cell)
                {
                    cell = token.Cell;
                    if (line.IsDataRow)
                    {
                        state.SetFromColumn(line.Table!.KindOf(cell));
                    }
                }

                state.Position++;
                Step(line, i, state, results, pending);
            }

            previous = line;
        }

        PropagateShapes(results, pending);
        return results;
    }

    private static void Step(ScannedLine line, int i, LabelState state, List<DocumentReference> results, List<DocumentReference> pending)
    {
        var token = line.Tokens[i];
        switch (token.Kind)
        {
            case TokenKind.SentenceEnd:
                state.Reset();
                return;
            case TokenKind.Punct:
                return;
            case TokenKind.Word:
                if (Lexicon.Fillers.Contains(token.Norm))
                {
                    return;
                }

                var label = LabelOf(line.Tokens, i);
                if (label != LabelKind.None)
                {
                    state.Set(label);
                    return;
                }

                state.Advance();
                return;
            case TokenKind.Id:
                var kind = Decide(token.Text, state, out var claimedByLabel);
                if (kind == DocumentKind.None && claimedByLabel is false && IdentifierShape.Classify(token.Text) == PrefixClass.Unknown)
                {
                    pending.Add(new DocumentReference(token, line, DocumentKind.Invoice, state.Position));
                }

                if (kind != DocumentKind.None)
                {
                    results.Add(new DocumentReference(token, line, kind, state.Position));
                }

                if (claimedByLabel)
                {
                    state.Continue(); // lists: "facturas A-1, A-2 y A-3"
                }
                else
                {
                    state.Advance();
                }

                return;
            default:
                state.Advance();
                return;
        }
    }

    private static DocumentKind Decide(string id, LabelState state, out bool claimedByLabel)
    {
        claimedByLabel = false;
        var prefix = IdentifierShape.Classify(id);
        switch (prefix)
        {
            case PrefixClass.Invoice:
                return DocumentKind.Invoice;
            case PrefixClass.Po:
                return DocumentKind.Po;
            case PrefixClass.Excluded:
                return DocumentKind.None;
        }

        var label = state.Active;
        if (prefix == PrefixClass.Digits && !IdentifierShape.IsPlausibleBareNumber(id))
        {
            return DocumentKind.None;
        }

        switch (label)
        {
            case LabelKind.Invoice:
                claimedByLabel = true;
                return DocumentKind.Invoice;
            case LabelKind.Po:
                claimedByLabel = true;
                return DocumentKind.Po;
            case LabelKind.Exclude:
                claimedByLabel = true;
                return DocumentKind.None;
        }

        return prefix == PrefixClass.Series ? DocumentKind.Invoice : DocumentKind.None;
    }

    /// <summary>The label a word stands for, with the two-word cases: "PO Box", "sales order", "credit note".</summary>
    private static LabelKind LabelOf(List<Token> tokens, int i)
    {
        var word = tokens[i].Norm;
        var next = NextWord(tokens, i);
        var prev = PreviousWord(tokens, i);
        if (word is "note" or "notes")
        {
            return prev is "credit" or "debit" ? LabelKind.Invoice : LabelKind.None;
        }

        if (!Lexicon.Labels.TryGetValue(word, out var label))
        {
            return LabelKind.None;
        }

        if (label == LabelKind.Po && next is "box" or "apartado")
        {
            return LabelKind.Exclude; // "PO Box 84410" is an address
        }

        if (word is "order" or "orden" && prev is "sales" or "venta" or "work" or "trabajo" or "change")
        {
            return LabelKind.Exclude;
        }

        return label;
    }

    private static string? NextWord(List<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == TokenKind.Word)
            {
                return tokens[j].Norm;
            }

            if (tokens[j].Kind != TokenKind.Punct)
            {
                return null;
            }
        }

        return null;
    }

    private static string? PreviousWord(List<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tokens[j].Kind == TokenKind.Word)
            {
                return tokens[j].Norm;
            }

            if (tokens[j].Kind != TokenKind.Punct)
            {
                return null;
            }
        }

        return null;
    }

    private static void PropagateShapes(List<DocumentReference> results, List<DocumentReference> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var invoiceShapes = results.Where(r => r.Kind == DocumentKind.Invoice && r.Token.Text.Any(char.IsAsciiLetter))
            .Select(r => IdentifierShape.Key(r.Token.Text)).ToHashSet(StringComparer.Ordinal);
        var added = pending.Where(p => invoiceShapes.Contains(IdentifierShape.Key(p.Token.Text))).ToList();
        if (added.Count == 0)
        {
            return;
        }

        results.AddRange(added);
        results.Sort((a, b) => a.Position.CompareTo(b.Position)); // callers list numbers in order of first appearance
    }

    /// <summary>The nearest label and how many words ago it was seen.</summary>
    private sealed class LabelState
    {
        private int _distance;

        public LabelKind Active { get; private set; }

        /// <summary>Running token counter, the document order of every reference.</summary>
        public int Position { get; set; }

        public void Reset()
        {
            Active = LabelKind.None;
            _distance = 0;
        }

        public void Set(LabelKind kind)
        {
            Active = kind;
            _distance = 0;
        }

        public void SetFromColumn(ColumnKind column)
        {
            Active = column switch
            {
                ColumnKind.Invoice => LabelKind.Invoice,
                ColumnKind.Po => LabelKind.Po,
                ColumnKind.Exclude or ColumnKind.Date or ColumnKind.Currency => LabelKind.Exclude,
                _ => LabelKind.None,
            };
            _distance = 0;
        }

        public void Continue() => _distance = 0;

        public void Advance()
        {
            if (Active == LabelKind.None)
            {
                return;
            }

            _distance++;
            var reach = Active == LabelKind.Exclude ? ExclusionReach : LabelReach;
            if (_distance > reach)
            {
                Active = LabelKind.None;
            }
        }
    }
}

namespace MailTriage.Classifier.Extraction;

/// <summary>PO numbers (also "pedido" and Mexican "OC") as written, without the label, in order of first appearance.</summary>
internal static class PoNumberExtractor
{
    public static IReadOnlyList<string> Extract(IReadOnlyList<DocumentReference> references)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var invoices = references.Where(r => r.Kind == DocumentKind.Invoice).Select(r => r.Token.Text)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var r in references)
        {
            // A number named as an invoice elsewhere in the message stays an invoice.
            if (r.Kind == DocumentKind.Po && !invoices.Contains(r.Token.Text) && seen.Add(r.Token.Text))
            {
                result.Add(r.Token.Text);
            }
        }

        return result;
    }
}

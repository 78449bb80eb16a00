namespace MailTriage.Classifier.Extraction;

/// <summary>
/// Invoice and credit-memo numbers as first written, in order of first appearance. Shorthand that repeats
/// the tail of a number already listed ("10741" after "INV-2026-10741") is the same document, not a new one.
/// </summary>
internal static class InvoiceNumberExtractor
{
    public static IReadOnlyList<string> Extract(IReadOnlyList<DocumentReference> references)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in references)
        {
            if (r.Kind != DocumentKind.Invoice)
            {
                continue;
            }

            var id = r.Token.Text;
            var bare = id.All(c => char.IsAsciiDigit(c));
            if (seen.Contains(id) || (bare && tails.Contains(id)))
            {
                continue;
            }

            seen.Add(id);
            result.Add(id);
            if (!bare)
            {
                tails.Add(IdentifierShape.TrailingDigits(id));
            }
        }

        return result;
    }
}

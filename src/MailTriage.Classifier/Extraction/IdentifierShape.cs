using System.Collections.Frozen;
using System.Text;

namespace MailTriage.Classifier.Extraction;

/// <summary>What the letters of an identifier say on their own, before any label is read.</summary>
internal enum PrefixClass
{
    /// <summary>INV-, FV-, FE26/, CM-, NC-, AB26/…: billing documents in any context.</summary>
    Invoice,

    /// <summary>PO-, OC-, or a PO segment (BYA-PO-30412, AHS/IT/PO/2026/1187).</summary>
    Po,

    /// <summary>PAY-, CHK-, RMA-, COT-…: never a billing document.</summary>
    Excluded,

    /// <summary>One letter and a folio (A-10234, A10301): the Mexican CFDI series form of an invoice.</summary>
    Series,

    /// <summary>Other letters (ADT-55871, TT-26-00918, FX-EG400): needs a label to mean anything.</summary>
    Unknown,

    /// <summary>Digits only (9100234871, 55-01877): needs a label or a column.</summary>
    Digits,
}

internal static class IdentifierShape
{
    private static readonly FrozenSet<string> InvoicePrefixes = FrozenSet.ToFrozenSet(
        ["INV", "INVC", "IN", "SI", "SIN", "SINV", "FV", "FE", "FA", "FAC", "FACT", "FCT", "FRA", "CM", "CN", "CRN", "NC",
         "ND", "DM", "AB", "NCR", "BILL"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PoSegments = FrozenSet.ToFrozenSet(
        ["PO", "OC", "PED", "POR"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExcludedPrefixes = FrozenSet.ToFrozenSet(
        ["PAY", "PMT", "PAGO", "CHK", "CHQ", "CK", "TRN", "TRX", "TXN", "REF", "UTR", "RMA", "CASE", "CS", "TKT", "TCK",
         "TICKET", "INC", "SR", "REQ", "QT", "QTE", "QUO", "COT", "OF", "OFR", "ALB", "REM", "RCPT", "RCT", "REC", "FT",
         "SWIFT", "IBAN", "UUID", "AN", "ANID", "SO", "SPEI", "ACH", "WIRE", "WT", "CTX", "PPD", "CCD", "RFC", "CURP",
         "CLABE", "ES", "GB", "MX", "US", "SKU", "SN", "TEL", "EXT", "FAX", "PH"], StringComparer.Ordinal);

    public static PrefixClass Classify(string id)
    {
        var prefix = LeadingLetters(id);
        if (prefix.Length == 0)
        {
            return PrefixClass.Digits;
        }

        foreach (var segment in id.Split('-', '/', '_', '.'))
        {
            if (PoSegments.Contains(segment.ToUpperInvariant()))
            {
                return PrefixClass.Po;
            }
        }

        var upper = prefix.ToUpperInvariant();
        if (InvoicePrefixes.Contains(upper))
        {
            return PrefixClass.Invoice;
        }

        if (ExcludedPrefixes.Contains(upper))
        {
            return PrefixClass.Excluded;
        }

        return upper.Length == 1 ? PrefixClass.Series : PrefixClass.Unknown;
    }

    /// <summary>"A-10402" and "A-10377" share a shape ("A-#####"); so do two invoices of one issuer.</summary>
    public static string Key(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiDigit(c) ? '#' : char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>A year written alone ("2026") is not a document number even after "invoice".</summary>
    public static bool IsPlausibleBareNumber(string id)
    {
        var digits = id.Count(char.IsAsciiDigit);
        if (digits is < 4 or > 14)
        {
            return false;
        }

        return !(id.Length == 4 && int.TryParse(id, out var year) && year is >= 1900 and <= 2100);
    }

    /// <summary>The trailing run of digits ("INV-2026-10741" → "10741"), for shorthand like "reapply to 10758".</summary>
    public static string TrailingDigits(string id)
    {
        var end = id.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]))
        {
            start--;
        }

        return id[start..end];
    }

    private static string LeadingLetters(string id)
    {
        var i = 0;
        while (i < id.Length && char.IsAsciiLetter(id[i]))
        {
            i++;
        }

        return id[..i];
    }
}

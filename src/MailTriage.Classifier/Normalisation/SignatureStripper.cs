using System.Text.RegularExpressions;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// Removes what follows the message proper: the "-- " delimiter, "Sent from my iPhone", legal disclaimers
/// (confidentiality, GDPR / "protección de datos") and the name/title/phone block after a closing such as
/// "Thanks," or "Saludos,". Phone numbers, addresses and tax ids live there and must not reach extraction.
/// </summary>
public static partial class SignatureStripper
{
    /// <summary>A signature block is a few short lines; anything longer after a closing is still the message.</summary>
    private const int MaxSignatureLines = 10;
    private const int MaxSignatureLineLength = 90;

    public static string Strip(string newest)
    {
        if (newest.Length == 0)
        {
            return newest;
        }

        var lines = newest.Split('\n').ToList();
        RemoveBanners(lines);
        CutAtFirst(lines, static l => SignatureDelimiter().IsMatch(l) || MobileFooter().IsMatch(l));
        CutDisclaimer(lines);
        CutAfterClosing(lines);
        return string.Join('\n', lines).Trim();
    }

    /// <summary>External-sender warnings sit at the top; drop that paragraph only.</summary>
    private static void RemoveBanners(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first < 0 || !ExternalBanner().IsMatch(lines[first]))
        {
            return;
        }

        var end = first;
        while (end < lines.Count && lines[end].Trim().Length > 0)
        {
            end++;
        }

        lines.RemoveRange(first, end - first);
    }

    private static void CutAtFirst(List<string> lines, Func<string, bool> marker)
    {
        var index = lines.FindIndex(l => marker(l));
        if (index > 0)
        {
            lines.RemoveRange(index, lines.Count - index);
        }
    }

    /// <summary>A disclaimer runs to the end of the message; cut from its paragraph (or the rule above it).</summary>
    private static void CutDisclaimer(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (!Disclaimer().IsMatch(lines[i]))
            {
                continue;
            }

            var start = i;
            while (start > 0 && (lines[start - 1].Trim().Length == 0 || RuleLine().IsMatch(lines[start - 1])))
            {
                start--;
            }

            if (start == 0)
            {
                return; // nothing but a disclaimer: keep it rather than return an empty message
            }

            lines.RemoveRange(start, lines.Count - start);
            return;
        }
    }

    /// <summary>Drops the short lines after the last closing ("Thanks,", "Un saludo,") when they look like a signature.</summary>
    private static void CutAfterClosing(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 1; i--)
        {
            if (!Closing().IsMatch(lines[i]))
            {
                continue;
            }

            var tail = lines.Skip(i + 1).Where(l => l.Trim().Length > 0).ToList();
            if (tail.Count <= MaxSignatureLines && tail.TrueForAll(LooksLikeSignatureLine))
            {
                lines.RemoveRange(i + 1, lines.Count - i - 1);
            }

            return;
        }
    }

    private static bool LooksLikeSignatureLine(string line)
    {
        var t = line.Trim();
        // Money or a postscript after the closing is still message content.
        return t.Length <= MaxSignatureLineLength
            && t.IndexOfAny(['$', '€', '£']) < 0
            && !t.StartsWith("P.S", StringComparison.OrdinalIgnoreCase)
            && !t.StartsWith("PS:", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^--\s?$")]
    private static partial Regex SignatureDelimiter();

    [GeneratedRegex(@"^\s*(?:(?:Sent|Enviado)\s+(?:from|desde)\s+(?:my|mi)\s+\S.{0,40}|Sent from (?:Outlook|Mail|Yahoo|Gmail|Samsung).{0,40}|Enviado desde (?:Outlook|Correo|Yahoo|Gmail).{0,40}|(?:Get|Obtener|Descargar) Outlook (?:for|para) \S+.{0,20})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileFooter();

    [GeneratedRegex(@"^\s*(?:\[?EXTERNAL\]?\s*[:\-]|CAUTION\s*:|\[EXTERNO\]|EXTERNAL EMAIL|PRECAUCI[OÓ]N\s*:|ATENCI[OÓ]N\s*:\s*este correo (?:se )?origin)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExternalBanner();

    [GeneratedRegex(@"^\s*(?:CONFIDENTIALITY NOTICE|CONFIDENTIAL(?:ITY)?\s*:|DISCLAIMER|LEGAL NOTICE|AVISO LEGAL|AVISO DE CONFIDENCIALIDAD|CONFIDENCIALIDAD\s*:|PROTECCI[OÓ]N DE DATOS|This (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|intended (?:only |solely )?for|privileged)|The information (?:contained )?in this (?:e-?mail|message|communication)|If you (?:are not the intended recipient|have received this (?:e-?mail|message) in error)|Please consider the environment before printing|Este (?:correo|mensaje|e-?mail)(?: electr[oó]nico)?\b.{0,80}\b(?:confidencial|destinatario|dirige|anexos|adjuntos)|La informaci[oó]n (?:contenida|incluida) en este (?:correo|mensaje)|(?:De conformidad con|En cumplimiento de|Conforme a)\b.{0,120}\b(?:RGPD|LOPD|Reglamento|protecci[oó]n de datos)|Sus datos (?:personales )?(?:forman parte|ser[aá]n tratados)|Antes de imprimir)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^\s*(?:_{5,}|-{5,}|\*{5,}|={5,})\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s*(?:thanks(?: (?:a lot|again|so much|in advance|and regards|& regards))?|thank you(?: (?:very much|so much))?|many thanks|thx|ty|cheers|best|best regards|kind regards|warm regards|warmest regards|regards|sincerely|yours sincerely|yours truly|respectfully|cordially|saludos(?: cordiales)?|un saludo(?: cordial)?|muchos saludos|atentamente|cordialmente|gracias(?: y (?:un )?saludos?)?|muchas gracias|quedo (?:atento|atenta|a (?:sus|tus) [oó]rdenes|al pendiente)|reciba(?:n)? un (?:cordial )?saludo|un abrazo|obrigad[oa]|atenciosamente|abra[cç]os)\s*[,.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}

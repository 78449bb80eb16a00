using System.Text.RegularExpressions;

namespace MailTriage.Classifier.Normalisation;

/// <summary>The newest message of a thread and the quoted or forwarded history below it.</summary>
public readonly record struct IsolatedMessage(string Newest, string Quoted);

/// <summary>
/// Splits a body at the first quoted or forwarded block: Outlook header blocks (English and Spanish,
/// optionally after a line of underscores), "-----Original Message-----", Gmail/Apple "On … wrote:" (also
/// wrapped over two lines), "El … escribió:", forwarded-message banners and "&gt;" quoting. Extraction reads
/// only the newest part, so numbers in the history never leak into it. Then signatures and disclaimers are
/// stripped from the newest part (<see cref="SignatureStripper"/>).
/// </summary>
public static partial class NewestMessageIsolator
{
    /// <summary>Lines looked at after a "From:" line for the "Sent:" that confirms a header block.</summary>
    private const int HeaderLookahead = 6;

    public static IsolatedMessage Split(string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return new IsolatedMessage("", "");
        }

        var lines = body.Split('\n');
        var cut = FindHistoryStart(lines);
        if (cut < 0)
        {
            return new IsolatedMessage(SignatureStripper.Strip(body.Trim()), "");
        }

        var newest = string.Join('\n', lines, 0, cut).Trim();
        var quoted = string.Join('\n', lines, cut, lines.Length - cut).Trim();
        if (newest.Length == 0 && IsQuoteLine(lines[cut]))
        {
            // Bottom-posting: the reply sits under the quoted block.
            var after = cut;
            while (after < lines.Length && (IsQuoteLine(lines[after]) || lines[after].Trim().Length == 0))
            {
                after++;
            }

            var reply = string.Join('\n', lines, after, lines.Length - after);
            var inner = FindHistoryStart(reply.Split('\n'));
            if (inner > 0)
            {
                reply = string.Join('\n', reply.Split('\n'), 0, inner);
            }

            newest = reply.Trim();
            quoted = string.Join('\n', lines, cut, after - cut).Trim();
        }

        return new IsolatedMessage(SignatureStripper.Strip(newest), quoted);
    }

    /// <summary>Index of the first line of quoted history, or -1 when the body has none.</summary>
    internal static int FindHistoryStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (IsQuoteLine(line) || SeparatorBanner().IsMatch(line) || ForwardIntro().IsMatch(line))
            {
                return i;
            }

            if (IsOutlookHeader(lines, i))
            {
                return BackOverRule(lines, i);
            }

            if (IsAttribution(lines, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsQuoteLine(string line) => line.TrimStart().StartsWith('>');

    /// <summary>"From: …" followed within a few lines by "Sent: …" / "Date: …" (or both on one line).</summary>
    private static bool IsOutlookHeader(string[] lines, int i)
    {
        var from = HeaderFrom().Match(lines[i]);
        if (!from.Success)
        {
            return false;
        }

        if (InlineSent().IsMatch(lines[i]))
        {
            return true;
        }

        var seen = 0;
        for (var j = i + 1; j < lines.Length && seen < HeaderLookahead; j++)
        {
            if (lines[j].Trim().Length == 0)
            {
                continue; // HTML-rendered headers put blank lines between fields
            }

            seen++;
            if (HeaderSent().IsMatch(lines[j]))
            {
                return true;
            }

            if (!HeaderAny().IsMatch(lines[j]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Starts the cut at a rule of underscores or dashes right above the header block.</summary>
    private static int BackOverRule(string[] lines, int i)
    {
        var j = i - 1;
        while (j >= 0 && lines[j].Trim().Length == 0)
        {
            j--;
        }

        return j >= 0 && RuleLine().IsMatch(lines[j]) ? j : i;
    }

    /// <summary>"On … wrote:" / "El … escribió:", possibly wrapped over up to three lines.</summary>
    private static bool IsAttribution(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (!AttributionStart().IsMatch(line))
        {
            return false;
        }

        var joined = line;
        for (var extra = 0; extra < 3; extra++)
        {
            if (AttributionEnd().IsMatch(joined))
            {
                return joined.Length < 400;
            }

            if (i + extra + 1 >= lines.Length)
            {
                break;
            }

            joined += " " + lines[i + extra + 1].Trim();
        }

        return false;
    }

    [GeneratedRegex(@"^\s*\*?(?:From|De|Von|Da|Van|Från)\s*:\*?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\s*\*?(?:Sent|Date|Enviado(?:\s+el)?|Enviada(?:\s+em)?|Fecha|Gesendet|Envoy[ée]|Inviato|Data|Datum)\s*:\*?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSent();

    [GeneratedRegex(@"\s\*?(?:Sent|Enviado(?:\s+el)?|Enviada em|Gesendet|Envoy[ée])\s*:\*?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineSent();

    [GeneratedRegex(@"^\s*\*?(?:To|Para|Cc|CC|An|À|A|Asunto|Subject|Objet|Betreff|Assunto)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderAny();

    [GeneratedRegex(@"^\s*(?:_{5,}|-{5,})\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s*-{2,}\s*(?:Original Message|Mensaje original|Message d'origine|Mensagem original|Ursprüngliche Nachricht|Forwarded message|Mensaje reenviado|Message transféré|Mensagem encaminhada|Weitergeleitete Nachricht)\s*-{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorBanner();

    [GeneratedRegex(@"^\s*(?:Begin forwarded message|Inicio del mensaje reenviado|Comienzo del mensaje reenviado|Mensaje reenviado|Forwarded message)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardIntro();

    [GeneratedRegex(@"^(?:On|El|Em|Le|Am|Op)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(?:wrote|escribió|escribio|escreveu|a écrit|schrieb|schreef)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();
}

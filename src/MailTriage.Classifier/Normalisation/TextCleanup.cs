using System.Text;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// One shape for every body before it is split and scanned: LF line ends, no-break and zero-width spaces
/// made plain, trailing spaces trimmed, at most one blank line in a row. TABs stay: they separate table cells.
/// </summary>
public static class TextCleanup
{
    public static string Normalise(string text, int maxChars, out bool truncated)
    {
        truncated = text.Length > maxChars;
        var source = truncated ? text.AsSpan(0, maxChars) : text.AsSpan();
        var sb = new StringBuilder(source.Length);
        var blankRun = 0;
        var lineStart = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && source[i] != '\n' && source[i] != '\r')
            {
                continue;
            }

            var line = source[lineStart..i];
            AppendLine(sb, line, ref blankRun);
            if (i < source.Length && source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return sb.ToString().Trim('\n');
    }

    private static void AppendLine(StringBuilder sb, ReadOnlySpan<char> line, ref int blankRun)
    {
        var start = sb.Length;
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u3000':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break; // invisible: would split "INV-10233" into two tokens
                default:
                    sb.Append(c);
                    break;
            }
        }

        while (sb.Length > start && sb[^1] is ' ' or '\t')
        {
            sb.Length--;
        }

        if (sb.Length == start)
        {
            blankRun++;
            if (blankRun > 1)
            {
                return;
            }
        }
        else
        {
            blankRun = 0;
        }

        sb.Append('\n');
    }
}

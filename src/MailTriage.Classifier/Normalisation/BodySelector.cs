using System.Text.RegularExpressions;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// Chooses the body to read. The plain part wins when it is substantive, because it is what the sender's
/// client produced from the same content without layout noise; HTML wins when the plain part is missing or a
/// stub, or when the HTML has a data table that the plain part flattened (remittance lines live there).
/// </summary>
internal static partial class BodySelector
{
    /// <summary>A plain part shorter than this (after trimming) is a stub such as "view in HTML".</summary>
    private const int StubLength = 40;

    public static (string Text, BodySource Source) Select(string? plain, string? html, int maxChars)
    {
        var hasPlain = !string.IsNullOrWhiteSpace(plain);
        var hasHtml = !string.IsNullOrWhiteSpace(html);
        if (!hasHtml)
        {
            return hasPlain ? (plain!, BodySource.Plain) : ("", BodySource.None);
        }

        if (hasPlain && plain!.Trim().Length >= StubLength && !TableTag().IsMatch(html!))
        {
            return (plain, BodySource.Plain); // no table to lose: skip the HTML parse entirely
        }

        var converted = HtmlToText.Convert(html!, maxChars);
        if (!hasPlain)
        {
            return (converted, BodySource.Html);
        }

        if (plain!.Trim().Length < StubLength && converted.Length > plain.Trim().Length)
        {
            return (converted, BodySource.Html);
        }

        return CountTableRows(converted) >= 2 && CountTableRows(plain) == 0
            ? (converted, BodySource.Html)
            : (plain, BodySource.Plain);
    }

    /// <summary>Lines with two or more non-empty cells (TAB, or two-plus spaces between words).</summary>
    internal static int CountTableRows(string text)
    {
        var rows = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var tab = trimmed.IndexOf('\t');
            if ((tab > 0 && tab < trimmed.Length - 1) || ColumnGap().IsMatch(trimmed))
            {
                rows++;
            }
        }

        return rows;
    }

    [GeneratedRegex(@"<t[rd][\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableTag();

    [GeneratedRegex(@"\S {3,}\S")]
    private static partial Regex ColumnGap();
}

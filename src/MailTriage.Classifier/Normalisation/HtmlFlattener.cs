using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// Linear fallbacks for hostile HTML. HtmlAgilityPack's parser slows down quadratically on thousands of
/// unclosed nested tags, so such bodies are measured first and, past a cap, flattened with a single scan:
/// block tags become line breaks, cells become TABs, scripts and styles are skipped, entities decoded.
/// </summary>
internal static class HtmlFlattener
{
    private static readonly FrozenSet<string> VoidTags = FrozenSet.ToFrozenSet(
        ["br", "img", "meta", "link", "input", "hr", "wbr", "col", "area", "base", "source", "track", "param", "embed", "!doctype"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LineTags = FrozenSet.ToFrozenSet(
        ["br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr", "ul", "ol", "pre"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SkippedContent = FrozenSet.ToFrozenSet(
        ["script", "style", "head", "title", "noscript", "template", "svg"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest nesting of non-void elements, counting unclosed ones; stops counting past <paramref name="cap"/>.</summary>
    public static int MaxDepth(string html, int cap)
    {
        int depth = 0, max = 0, nextGt = -1;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }

            var closing = html[i + 1] == '/';
            var name = TagName(html, closing ? i + 2 : i + 1);
            if (name.Length == 0 || VoidTags.Contains(name))
            {
                continue;
            }

            if (nextGt <= i)
            {
                nextGt = html.IndexOf('>', i + 1); // '>' positions only move forward: the scan stays linear
                if (nextGt < 0)
                {
                    break;
                }
            }

            var selfClosing = html[nextGt - 1] == '/';
            depth += closing ? -1 : selfClosing ? 0 : 1;
            depth = Math.Max(depth, 0);
            max = Math.Max(max, depth);
            if (max > cap)
            {
                return max;
            }
        }

        return max;
    }

    public static string Flatten(string html, int maxChars)
    {
        var sb = new StringBuilder(Math.Min(html.Length, maxChars));
        var i = 0;
        while (i < html.Length && sb.Length < maxChars)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                AppendText(sb, html.AsSpan(i, textEnd - i));
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                break;
            }

            var closing = lt + 1 < html.Length && html[lt + 1] == '/';
            var name = TagName(html, closing ? lt + 2 : lt + 1);
            i = gt + 1;
            if (!closing && SkippedContent.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (LineTags.Contains(name))
            {
                sb.Append('\n');
            }
            else if (!closing && name is "td" or "th")
            {
                sb.Append('\t');
            }
        }

        return TextCleanup.Normalise(sb.ToString(), maxChars, out _);
    }

    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> raw)
    {
        var decoded = WebUtility.HtmlDecode(raw.ToString());
        var pendingSpace = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && sb.Length > 0 && sb[^1] is not ('\n' or '\t' or ' '))
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
        {
            end++;
        }

        return html[start..end].ToLowerInvariant();
    }
}

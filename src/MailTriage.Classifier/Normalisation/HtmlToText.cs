using System.Collections.Frozen;
using System.Text;
using HtmlAgilityPack;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// HTML mail body to plain text that keeps what extraction needs: one line per table row with cells
/// separated by a TAB (remittance lines live in tables), block elements on their own lines, quoted
/// blocks prefixed with "> ". Styles, scripts, images (tracking pixels) and hidden elements are dropped.
/// The walk is iterative, so 10,000 nested elements cost memory, not the call stack.
/// </summary>
public static class HtmlToText
{
    private static readonly FrozenSet<string> Dropped = FrozenSet.ToFrozenSet(
        ["script", "style", "head", "title", "meta", "link", "noscript", "template", "svg", "img", "object",
         "iframe", "embed", "input", "select", "button", "map", "area", "audio", "video", "canvas", "xml"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "section", "article",
         "header", "footer", "blockquote", "pre", "hr", "address", "dl", "dt", "dd", "center", "form",
         "fieldset", "figure", "figcaption", "nav", "main", "aside", "caption", "body", "html"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nesting beyond this is hostile or broken; real mail stays well under 100 levels.</summary>
    public const int MaxNesting = 400;

    public static string Convert(string html, int maxChars = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        if (HtmlFlattener.MaxDepth(html, MaxNesting) > MaxNesting)
        {
            return HtmlFlattener.Flatten(html, maxChars); // linear, where the DOM parser would go quadratic
        }

        var doc = new HtmlDocument { OptionCheckSyntax = false, OptionAutoCloseOnEnd = true };
        doc.LoadHtml(html);

        var writer = new LineWriter(maxChars);
        var stack = new Stack<Frame>();
        stack.Push(new Frame(doc.DocumentNode, Exit: false));
        while (stack.Count > 0 && !writer.Full)
        {
            var frame = stack.Pop();
            if (frame.Exit)
            {
                Leave(frame.Node, writer);
                continue;
            }

            var node = frame.Node;
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    writer.Text(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text) ?? "");
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            if (node.NodeType == HtmlNodeType.Element && (Dropped.Contains(node.Name) || IsHidden(node)))
            {
                continue;
            }

            Enter(node, writer);
            stack.Push(frame with { Exit = true });
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(new Frame(child, Exit: false));
            }
        }

        return writer.ToString();
    }

    private static void Enter(HtmlNode node, LineWriter writer)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return;
        }

        switch (node.Name.ToLowerInvariant())
        {
            case "br":
                writer.LineBreak();
                return;
            case "table":
                writer.EnsureLineStart();
                writer.PushTable();
                return;
            case "tr":
                writer.EnsureLineStart();
                writer.StartRow(CountCells(node));
                return;
            case "td" or "th":
                writer.StartCell();
                return;
            case "blockquote":
                writer.EnsureLineStart();
                writer.QuoteDepth++;
                return;
            case "li":
                writer.EnsureLineStart();
                writer.Text("- ");
                return;
            case "pre":
                writer.EnsureLineStart();
                writer.PreDepth++;
                return;
        }

        if (Blocks.Contains(node.Name))
        {
            writer.BlockBoundary();
        }
    }

    private static void Leave(HtmlNode node, LineWriter writer)
    {
        if (node.NodeType != HtmlNodeType.Element)
        {
            return;
        }

        switch (node.Name.ToLowerInvariant())
        {
            case "table":
                writer.PopTable();
                writer.EnsureLineStart();
                return;
            case "tr":
                writer.EndRow();
                return;
            case "td" or "th":
                writer.EndCell(Math.Clamp(node.GetAttributeValue("colspan", 1), 1, 50));
                return;
            case "blockquote":
                writer.EnsureLineStart();
                writer.QuoteDepth = Math.Max(0, writer.QuoteDepth - 1);
                return;
            case "pre":
                writer.PreDepth = Math.Max(0, writer.PreDepth - 1);
                writer.EnsureLineStart();
                return;
        }

        if (Blocks.Contains(node.Name))
        {
            writer.BlockBoundary();
        }
    }

    private static int CountCells(HtmlNode row)
    {
        var cells = 0;
        for (var child = row.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == HtmlNodeType.Element && (child.Name.Equals("td", StringComparison.OrdinalIgnoreCase) || child.Name.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                cells++;
            }
        }

        return cells;
    }

    private static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Contains("hidden"))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", null);
        if (style is null)
        {
            return false;
        }

        // Preheaders and tracking blocks hide themselves; compare without spaces ("display: none").
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("mso-hide:all", StringComparison.OrdinalIgnoreCase);
    }

    private readonly record struct Frame(HtmlNode Node, bool Exit);

    /// <summary>Accumulates text line by line; knows whether it is inside a data-table row.</summary>
    private sealed class LineWriter(int maxChars)
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _line = new();
        private readonly Stack<RowState> _rows = new();
        private bool _pendingSpace;

        public int QuoteDepth;
        public int PreDepth;

        public bool Full => _out.Length + _line.Length >= maxChars;

        /// <summary>True inside a row with two or more cells, where paragraphs inside cells stay on the row's line.</summary>
        private bool InDataRow => _rows.Count > 0 && _rows.Peek() is { InRow: true, Cells: >= 2 };

        public void PushTable() => _rows.Push(new RowState());

        public void PopTable()
        {
            if (_rows.Count > 0)
            {
                _rows.Pop();
            }
        }

        public void StartRow(int cells)
        {
            if (_rows.Count == 0)
            {
                _rows.Push(new RowState()); // a <tr> without <table>: broken HTML, still a row
            }

            var row = _rows.Peek();
            row.InRow = true;
            row.Cells = cells;
            row.CellIndex = 0;
        }

        public void EndRow()
        {
            if (_rows.Count > 0)
            {
                _rows.Peek().InRow = false;
            }

            EnsureLineStart();
        }

        public void StartCell()
        {
            if (!InDataRow)
            {
                BlockBoundary();
                return;
            }

            var row = _rows.Peek();
            if (row.CellIndex > 0)
            {
                _line.Append('\t');
            }

            _pendingSpace = false;
        }

        public void EndCell(int colspan)
        {
            if (!InDataRow)
            {
                BlockBoundary();
                return;
            }

            var row = _rows.Peek();
            TrimLineEnd();
            row.CellIndex++;
            for (var i = 1; i < colspan; i++)
            {
                _line.Append('\t'); // keep later cells under their header
            }
        }

        public void Text(string text)
        {
            if (PreDepth > 0)
            {
                foreach (var part in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                {
                    AppendRaw(part.Replace('\u00A0', ' '));
                    LineBreak();
                }

                return;
            }

            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF')
                {
                    _pendingSpace = true;
                    continue;
                }

                if (_pendingSpace && _line.Length > 0 && !EndsWithSeparator())
                {
                    _line.Append(' ');
                }

                _pendingSpace = false;
                if (_line.Length == 0)
                {
                    WriteQuotePrefix();
                }

                _line.Append(c);
            }
        }

        public void LineBreak()
        {
            if (InDataRow)
            {
                _pendingSpace = true; // a <br> inside a cell must not split the row
                return;
            }

            FlushLine();
        }

        public void BlockBoundary()
        {
            if (InDataRow)
            {
                _pendingSpace = true;
                return;
            }

            EnsureLineStart();
        }

        public void EnsureLineStart()
        {
            if (_line.Length > 0)
            {
                FlushLine();
            }

            _pendingSpace = false;
        }

        public override string ToString()
        {
            EnsureLineStart();
            return Tidy(_out);
        }

        private void AppendRaw(string text)
        {
            if (_line.Length == 0 && text.Length > 0)
            {
                WriteQuotePrefix();
            }

            _line.Append(text);
        }

        private void WriteQuotePrefix()
        {
            for (var i = 0; i < QuoteDepth; i++)
            {
                _line.Append("> ");
            }
        }

        private bool EndsWithSeparator()
        {
            var last = _line[^1];
            return last is '\t' or ' ';
        }

        private void TrimLineEnd()
        {
            while (_line.Length > 0 && _line[^1] == ' ')
            {
                _line.Length--;
            }
        }

        private void FlushLine()
        {
            TrimLineEnd();
            _out.Append(_line).Append('\n');
            _line.Clear();
            _pendingSpace = false;
        }

        /// <summary>Trims each line's end and keeps at most one blank line in a row.</summary>
        private static string Tidy(StringBuilder raw)
        {
            var result = new StringBuilder(raw.Length);
            var blank = 0;
            foreach (var line in raw.ToString().Split('\n'))
            {
                var trimmed = line.TrimEnd();
                if (trimmed.Trim('\t', ' ', '>').Length == 0)
                {
                    blank++;
                    continue;
                }

                if (result.Length > 0)
                {
                    result.Append(blank > 0 ? "\n\n" : "\n");
                }

                blank = 0;
                result.Append(trimmed);
            }

            return result.ToString();
        }

        private sealed class RowState
        {
            public bool InRow;
            public int Cells;
            public int CellIndex;
        }
    }
}

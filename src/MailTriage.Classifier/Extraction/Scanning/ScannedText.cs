using System.Text.RegularExpressions;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>A table found in the text or read from an attachment: the kind and currency of each column.</summary>
internal sealed class TableInfo
{
    public required ColumnKind[] Columns { get; init; }
    public required string?[] ColumnCurrency { get; init; }

    public ColumnKind KindOf(int cell) => cell < Columns.Length ? Columns[cell] : ColumnKind.None;

    public string? CurrencyOf(int cell) => cell < ColumnCurrency.Length ? ColumnCurrency[cell] : null;

    public int IndexOf(ColumnKind kind) => Array.IndexOf(Columns, kind);
}

internal sealed class ScannedLine
{
    public required string Text { get; init; }
    public required List<Token> Tokens { get; init; }
    public int CellCount { get; init; }
    public bool FromAttachment { get; init; }

    /// <summary>Set on the header and data rows of a table with a recognised header.</summary>
    public TableInfo? Table { get; set; }

    public bool IsHeader { get; set; }

    public bool IsDataRow => Table is not null && !IsHeader;

    public bool EndsWithColon => Text.TrimEnd().EndsWith(':');
}

/// <summary>
/// The newest message (and, when asked, attachment tables) scanned once into lines, cells and tokens, with
/// table headers recognised. Every extractor reads this instead of re-running its own regexes.
/// </summary>
internal sealed partial class ScannedText
{
    public required List<ScannedLine> Lines { get; init; }

    public IEnumerable<Token> AllTokens => Lines.SelectMany(l => l.Tokens);

    public static ScannedText Build(string text, IReadOnlyList<AttachmentTable> attachments)
    {
        var lines = new List<ScannedLine>();
        foreach (var raw in text.Split('\n'))
        {
            lines.Add(ScanLine(raw, SplitCells(raw), fromAttachment: false));
        }

        TableDetector.Detect(lines, 0, lines.Count, attachment: false);
        foreach (var table in attachments)
        {
            var start = lines.Count;
            foreach (var row in table.Rows)
            {
                var cells = row.Select(c => c.Replace('\t', ' ').Replace('\n', ' ')).ToArray();
                lines.Add(ScanLine(string.Join('\t', cells), cells, fromAttachment: true));
            }

            TableDetector.Detect(lines, start, lines.Count, attachment: true);
            lines.Add(ScanLine("", [""], fromAttachment: true)); // keeps labels from running across files
        }

        return new ScannedText { Lines = lines };
    }

    private static ScannedLine ScanLine(string raw, string[] cells, bool fromAttachment)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < cells.Length; i++)
        {
            Tokenizer.Tokenize(cells[i], i, tokens);
        }

        var nonEmpty = cells.Count(c => c.Trim().Length > 0);
        return new ScannedLine { Text = raw, Tokens = tokens, CellCount = nonEmpty, FromAttachment = fromAttachment };
    }

    /// <summary>Cells split on TABs, else on runs of spaces or dot leaders of plain-text tables.</summary>
    private static string[] SplitCells(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return line.Split('\t');
        }

        return ColumnGap().IsMatch(line) ? ColumnGap().Split(line.Trim()) : [line];
    }

    [GeneratedRegex(@"(?<=\S)(?: {2,}| ?\.{4,} ?| ?…+ ?)(?=\S)")]
    private static partial Regex ColumnGap();
}

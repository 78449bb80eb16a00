using System.Globalization;
using CsvHelper;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Mime;

namespace MailTriage.Classifier.Attachments;

/// <summary>Reads a CSV remittance file into rows, sniffing the delimiter (comma, semicolon or TAB).</summary>
public static class CsvTableReader
{
    /// <summary>Lines looked at to choose the delimiter.</summary>
    private const int SniffLines = 10;

    public static AttachmentTable Read(string fileName, ReadOnlySpan<byte> content, AttachmentLimits? limits = null)
    {
        limits ??= AttachmentLimits.Default;
        var text = TextDecoder.Decode(content, null, out _);
        return Parse(fileName, text, limits);
    }

    public static AttachmentTable Parse(string fileName, string text, AttachmentLimits? limits = null)
    {
        limits ??= AttachmentLimits.Default;
        var options = CsvReaderOptions.Default with
        {
            Separator = SniffDelimiter(text),
            HasHeader = false, // the header row is data here: extraction reads its words to type the columns
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            AllowLineBreaksInQuotes = false, // one stray quote must not swallow the rest of the file
            MaxRecordSize = 1 << 20,
            FormatProvider = CultureInfo.InvariantCulture,
        };

        var rows = new List<IReadOnlyList<string>>();
        try
        {
            using var reader = CsvReader.FromText(text, options);
            while (rows.Count < limits.MaxRows && reader.Read())
            {
                var width = Math.Min(reader.FieldCount, limits.MaxColumns);
                var row = new string[width];
                for (var i = 0; i < width; i++)
                {
                    row[i] = Clip(reader.GetString(i).Trim(), limits.MaxCellLength);
                }

                if (row.Any(c => c.Length > 0))
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvFormatException)
        {
            // Keep the rows read before the damage; a half-read remittance still names its invoices.
        }

        return new AttachmentTable(fileName, rows);
    }

    /// <summary>
    /// The delimiter that splits the first lines most consistently. Spanish exports use ';' because ','
    /// is their decimal separator, so a naive comma split would cut "1.234,56" in two.
    /// </summary>
    internal static char SniffDelimiter(string text)
    {
        var lines = text.Split('\n', SniffLines + 1).Take(SniffLines).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return ',';
        }

        var best = ',';
        var bestScore = 0;
        foreach (var candidate in (char[])['\t', ';', ',', '|'])
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).ToList();
            var min = counts.Min();
            // Consistent columns beat many columns: score by the minimum count across lines.
            if (min > bestScore)
            {
                bestScore = min;
                best = candidate;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static string Clip(string cell, int max) => cell.Length <= max ? cell : cell[..max];
}

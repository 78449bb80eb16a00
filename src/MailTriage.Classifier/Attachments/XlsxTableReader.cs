using System.Globalization;
using System.Text;
using ExcelDataReader;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Attachments;

/// <summary>Reads each worksheet of an XLSX (or legacy XLS) remittance into a table of cell strings.</summary>
public static class XlsxTableReader
{
    static XlsxTableReader()
    {
        // ExcelDataReader needs the legacy code pages (XLS strings, CSV fallbacks) that .NET Core leaves out.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Returns one table per non-empty sheet; an unreadable workbook yields none.</summary>
    public static IReadOnlyList<AttachmentTable> Read(string fileName, ReadOnlyMemory<byte> content, AttachmentLimits? limits = null)
    {
        limits ??= AttachmentLimits.Default;
        var tables = new List<AttachmentTable>();
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                var rows = new List<IReadOnlyList<string>>();
                while (rows.Count < limits.MaxRows && reader.Read())
                {
                    var width = Math.Min(reader.FieldCount, limits.MaxColumns);
                    var row = new string[width];
                    for (var i = 0; i < width; i++)
                    {
                        row[i] = Format(reader.GetValue(i), limits.MaxCellLength);
                    }

                    if (row.Any(c => c.Length > 0))
                    {
                        rows.Add(row);
                    }
                }

                if (rows.Count > 0)
                {
                    var sheet = string.IsNullOrEmpty(reader.Name) ? fileName : fileName + "#" + reader.Name;
                    tables.Add(new AttachmentTable(sheet, rows));
                }
            }
            while (tables.Count < limits.MaxTables && reader.NextResult());
        }
        catch (Exception)
        {
            // A corrupt or password-protected workbook is not a reason to lose the message.
        }

        return tables;
    }

    private static string Format(object? value, int max)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString(dt.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        text = text.Trim();
        return text.Length <= max ? text : text[..max];
    }
}

using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Attachments;

/// <summary>
/// Picks the remittance-bearing attachments (CSV, XLSX/XLS) and reads them into tables. PDF and images
/// are left out on purpose: the AR rules count only tabular remittance files as part of the message.
/// </summary>
public static class AttachmentTableReader
{
    public static IReadOnlyList<AttachmentTable> Read(IReadOnlyList<MailAttachment> attachments, AttachmentLimits? limits = null)
    {
        limits ??= AttachmentLimits.Default;
        var tables = new List<AttachmentTable>();
        foreach (var attachment in attachments)
        {
            if (tables.Count >= limits.MaxTables)
            {
                break;
            }

            switch (KindOf(attachment))
            {
                case Kind.Csv:
                    var csv = CsvTableReader.Read(attachment.FileName, attachment.Content.Span, limits);
                    if (csv.Rows.Count > 0)
                    {
                        tables.Add(csv);
                    }

                    break;
                case Kind.Spreadsheet:
                    tables.AddRange(XlsxTableReader.Read(attachment.FileName, attachment.Content, limits));
                    break;
            }
        }

        return tables;
    }

    private enum Kind
    {
        Other,
        Csv,
        Spreadsheet,
    }

    private static Kind KindOf(MailAttachment a)
    {
        var type = a.ContentType.ToLowerInvariant();
        var ext = Path.GetExtension(a.FileName).ToLowerInvariant();
        if (type is "text/csv" or "text/comma-separated-values" or "application/csv" || ext is ".csv" or ".tsv")
        {
            return Kind.Csv;
        }

        if (ext is ".xlsx" or ".xls" or ".xlsm"
            || type is "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" or "application/vnd.ms-excel")
        {
            return Kind.Spreadsheet;
        }

        return Kind.Other;
    }
}

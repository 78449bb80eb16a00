using ClosedXML.Excel;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>
/// The AR manager's workbook: overdue disputes, open disputes by age, aging buckets and workload, one sheet each.
/// Dates are real Excel dates (UTC, said so in the header), amounts and ages real numbers, so the sheet sorts, sums
/// and pivots without retyping; every sheet has a frozen header row and filters.
/// </summary>
public static class XlsxReportExporter
{
    public const string OverdueSheet = "Overdue";
    public const string OpenSheet = "Open disputes";
    public const string AgingSheet = "Aging";
    public const string WorkloadSheet = "Workload";

    private const string DateFormat = "yyyy-mm-dd hh:mm";
    private const string MoneyFormat = "#,##0.00";
    private const string DaysFormat = "0.0";

    public static void Write(IReadOnlyList<DisputeRow> rows, Instant now, Duration soon, Stream output)
    {
        using var workbook = new XLWorkbook();
        var overdue = rows.Where(r => r.IsOpen && r.IsOverdue).OrderBy(r => r.NextDueAt ?? Instant.MaxValue).ToArray();
        DisputeSheet(workbook.Worksheets.Add(OverdueSheet), overdue, now);
        DisputeSheet(workbook.Worksheets.Add(OpenSheet), [.. rows.Where(r => r.IsOpen).OrderByDescending(r => r.AgeBusinessDays)], now);
        AgingSheetOf(workbook.Worksheets.Add(AgingSheet), AgingReport.Build(rows));
        WorkloadSheetOf(workbook.Worksheets.Add(WorkloadSheet), WorkloadReport.ByOwner(rows, now, soon));
        workbook.SaveAs(output);
    }

    private static void DisputeSheet(IXLWorksheet sheet, IReadOnlyList<DisputeRow> rows, Instant now)
    {
        string[] headers = ["Dispute", "State", "Reason", "Customer", "Invoices", "Amount", "Currency", "Team", "Owner", "Priority",
            "Opened (UTC)", "Next due (UTC)", "Clock", "Overdue by (hours)", "Age (business days)", "Aging bucket", "Escalation level"];
        Header(sheet, headers);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var row = i + 2;
            sheet.Cell(row, 1).Value = r.Id.Value;
            sheet.Cell(row, 2).Value = r.State.ToString();
            sheet.Cell(row, 3).Value = r.Reason;
            sheet.Cell(row, 4).Value = r.CustomerLabel;
            sheet.Cell(row, 5).Value = string.Join(", ", r.InvoiceNumbers);
            if (r.Amount is { } amount)
            {
                sheet.Cell(row, 6).Value = amount;
            }

            sheet.Cell(row, 7).Value = r.Currency ?? "";
            sheet.Cell(row, 8).Value = r.TeamId;
            sheet.Cell(row, 9).Value = r.OwnerLabel;
            sheet.Cell(row, 10).Value = r.Priority.ToString();
            sheet.Cell(row, 11).Value = Excel(r.OpenedAt);
            if (r.NextDueAt is { } due)
            {
                sheet.Cell(row, 12).Value = Excel(due);
                sheet.Cell(row, 14).Value = r.IsOverdue ? Math.Round((now - due).TotalHours, 1) : 0d;
            }

            sheet.Cell(row, 13).Value = r.NextDueClock?.ToString() ?? "";
            sheet.Cell(row, 15).Value = r.AgeBusinessDays;
            sheet.Cell(row, 16).Value = AgingReport.BucketOf(r.AgeBusinessDays);
            sheet.Cell(row, 17).Value = r.EscalationLevel;
        }

        sheet.Column(6).Style.NumberFormat.Format = MoneyFormat;
        sheet.Column(11).Style.DateFormat.Format = DateFormat;
        sheet.Column(12).Style.DateFormat.Format = DateFormat;
        sheet.Column(15).Style.NumberFormat.Format = DaysFormat;
        Finish(sheet, headers.Length, rows.Count);
    }

    private static void AgingSheetOf(IXLWorksheet sheet, IReadOnlyList<AgingBucket> buckets)
    {
        var currencies = buckets.SelectMany(b => b.Amount.ByCurrency.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        string[] headers = ["Bucket", "From (business days)", "To (business days, exclusive)", "Open disputes", "Overdue", .. currencies.Select(c => $"Amount {c}")];
        Header(sheet, headers);
        for (var i = 0; i < buckets.Count; i++)
        {
            var b = buckets[i];
            var row = i + 2;
            sheet.Cell(row, 1).Value = b.Label;
            sheet.Cell(row, 2).Value = b.FromDays;
            if (b.ToDays is { } to)
            {
                sheet.Cell(row, 3).Value = to;
            }

            sheet.Cell(row, 4).Value = b.Count;
            sheet.Cell(row, 5).Value = b.Overdue;
            for (var c = 0; c < currencies.Length; c++)
            {
                sheet.Cell(row, 6 + c).Value = b.Amount.ByCurrency.GetValueOrDefault(currencies[c]);
                sheet.Cell(row, 6 + c).Style.NumberFormat.Format = MoneyFormat;
            }
        }

        Finish(sheet, headers.Length, buckets.Count);
    }

    private static void WorkloadSheetOf(IXLWorksheet sheet, IReadOnlyList<WorkloadLine> lines)
    {
        string[] headers = ["Team", "Owner", "E-mail", "Open", "Overdue", "Due within 24 h", "Escalated", "Oldest (business days)"];
        Header(sheet, headers);
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var row = i + 2;
            sheet.Cell(row, 1).Value = l.TeamId;
            sheet.Cell(row, 2).Value = l.Owner ?? "";
            sheet.Cell(row, 3).Value = l.OwnerEmail ?? "";
            sheet.Cell(row, 4).Value = l.Open;
            sheet.Cell(row, 5).Value = l.Overdue;
            sheet.Cell(row, 6).Value = l.DueSoon;
            sheet.Cell(row, 7).Value = l.Escalated;
            sheet.Cell(row, 8).Value = l.OldestBusinessDays;
        }

        sheet.Column(8).Style.NumberFormat.Format = DaysFormat;
        Finish(sheet, headers.Length, lines.Count);
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
    }

    private static void Finish(IXLWorksheet sheet, int columns, int rows)
    {
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(rows + 1, 1), columns).SetAutoFilter();

        // Fixed widths: measuring text needs font metrics that a headless Linux server may not have.
        for (var c = 1; c <= columns; c++)
        {
            sheet.Column(c).Width = 18;
        }
    }

    // Excel has no time zone: write the UTC wall time and say "(UTC)" in the header.
    private static DateTime Excel(Instant instant) => DateTime.SpecifyKind(instant.ToDateTimeUtc(), DateTimeKind.Unspecified);
}

using System.CommandLine;
using MailTriage.Worker.Reports;

namespace MailTriage.Worker.Cli;

/// <summary>`export --xlsx FILE`: the manager's workbook (overdue, open by age, aging buckets, workload).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var (db, matrix) = (StoreLocation.DbOption(), StoreLocation.MatrixOption());
        var xlsx = new Option<string>("--xlsx") { Description = "Excel file to write", Required = true };
        var command = new Command("export", "Write overdue disputes, aging buckets and workload to an Excel workbook") { xlsx, db, matrix };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var path = Path.GetFullPath(parse.GetValue(xlsx)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var now = side.Now;
            var rows = side.ReadModel.Rows(now);
            using (var file = File.Create(path))
            {
                XlsxReportExporter.Write(rows, now, ReportCommand.Soon, file);
            }

            Console.Out.WriteLine($"Wrote {path}: {rows.Count(r => r.IsOpen && r.IsOverdue)} overdue of {rows.Count(r => r.IsOpen)} open dispute(s).");
            return 0;
        });
        return command;
    }
}

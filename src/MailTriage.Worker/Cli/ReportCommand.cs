using System.CommandLine;
using System.Globalization;
using MailTriage.Worker.Reports;
using NodaTime;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`report aging|workload|reasons`: the manager's numbers as tables (or JSON).</summary>
internal static class ReportCommand
{
    /// <summary>"Due soon" in workload means within the next 24 hours of wall-clock time.</summary>
    public static readonly Duration Soon = Duration.FromHours(24);

    public static Command Create() => new("report", "Aging, workload and reason reports over the stored disputes")
    {
        Make("aging", "Open disputes by age in business days (each dispute's own calendar)", (side, now, json) =>
        {
            var buckets = AgingReport.Build(side.ReadModel.Rows(now));
            if (json)
            {
                CliJson.Print(buckets);
                return;
            }

            var table = new Table().AddColumns("age", "open", "overdue", "amount");
            foreach (var b in buckets)
            {
                table.AddRow(b.Label, N(b.Count), N(b.Overdue), Markup.Escape(b.Amount.ToString()));
            }

            AnsiConsole.Write(table);
        }),
        Make("workload", "Open disputes per owner and per team: open, overdue, due within 24 h, escalated", (side, now, json) =>
        {
            var rows = side.ReadModel.Rows(now);
            var owners = WorkloadReport.ByOwner(rows, now, Soon);
            var teams = WorkloadReport.ByTeam(rows, now, Soon);
            if (json)
            {
                CliJson.Print(new { Owners = owners, Teams = teams });
                return;
            }

            foreach (var (title, lines) in new[] { ("Per owner", owners), ("Per team", teams) })
            {
                var table = new Table().Title(title).AddColumns("team", "owner", "open", "overdue", "due <24h", "escalated", "oldest (bd)", "amount");
                foreach (var l in lines)
                {
                    table.AddRow(Markup.Escape(l.TeamId), Markup.Escape(l.Owner ?? "(all)"), N(l.Open), N(l.Overdue), N(l.DueSoon), N(l.Escalated), SlaText.Days(l.OldestBusinessDays), Markup.Escape(l.Amount.ToString()));
                }

                AnsiConsole.Write(table);
            }
        }),
        Make("reasons", "Disputes per reason, and customers who dispute for the same reason again and again", (side, now, json) =>
        {
            var rows = side.ReadModel.Rows(now);
            var reasons = ReasonReport.TopReasons(rows);
            var repeats = ReasonReport.RepeatOffenders(rows);
            if (json)
            {
                CliJson.Print(new { Reasons = reasons, RepeatOffenders = repeats });
                return;
            }

            var table = new Table().Title("Reasons").AddColumns("reason", "total", "open", "overdue", "amount");
            foreach (var l in reasons)
            {
                table.AddRow(Markup.Escape(l.Reason), N(l.Total), N(l.Open), N(l.Overdue), Markup.Escape(l.Amount.ToString()));
            }

            AnsiConsole.Write(table);
            var offenders = new Table().Title("Repeat offenders (customer × reason, 2 or more)").AddColumns("customer", "reason", "disputes", "open", "first", "last", "amount");
            foreach (var o in repeats)
            {
                offenders.AddRow(Markup.Escape(o.Customer), Markup.Escape(o.Reason), N(o.Count), N(o.Open), SlaText.Utc(o.FirstOpened), SlaText.Utc(o.LastOpened), Markup.Escape(o.Amount.ToString()));
            }

            AnsiConsole.Write(offenders);
        }),
    };

    private static Command Make(string name, string description, Action<ReadSide, Instant, bool> run)
    {
        var (db, matrix, json) = (StoreLocation.DbOption(), StoreLocation.MatrixOption(), StoreLocation.JsonOption());
        var command = new Command(name, description) { db, matrix, json };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            Tables.Prepare();
            run(side, side.Now, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

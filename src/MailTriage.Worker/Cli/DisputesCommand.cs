using System.CommandLine;
using MailTriage.Routing.Disputes;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Reports;
using NodaTime;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`disputes list|show|assign|transition`: the dispute owner's and manager's command line.</summary>
internal static class DisputesCommand
{
    public static Command Create() => new("disputes", "List, inspect and work disputes (through the dispute state machine)")
    {
        List(),
        Show(),
        Assign(),
        Transition(),
    };

    private static Command List()
    {
        var (db, matrix, json) = (StoreLocation.DbOption(), StoreLocation.MatrixOption(), StoreLocation.JsonOption());
        var owner = new Option<string?>("--owner") { Description = "Owner e-mail or name" };
        var team = new Option<string?>("--team") { Description = "Team id from the matrix" };
        var state = new Option<DisputeState?>("--state") { Description = "Only this state (resolved and closed included when asked for)" };
        var reason = new Option<string?>("--reason") { Description = "Dispute reason code, e.g. pricing" };
        var customer = new Option<string?>("--customer") { Description = "Customer key or name (substring)" };
        var overdue = new Option<bool>("--overdue") { Description = "Only disputes with a breached live SLA clock" };
        var dueWithin = new Option<string?>("--due-within") { Description = "Only disputes due within this wall-clock time: 4h, 2d, 90m (overdue included)" };
        var all = new Option<bool>("--all") { Description = "Include resolved and closed disputes" };
        var command = new Command("list", "List disputes, soonest deadline first") { owner, team, state, reason, customer, overdue, dueWithin, all, db, matrix, json };
        command.SetAction(parse =>
        {
            Duration? within = null;
            if (parse.GetValue(dueWithin) is { } text)
            {
                if (!DurationText.TryParse(text, out var d))
                {
                    Console.Error.WriteLine($"--due-within '{text}': use 4h, 2d, 90m or a time span such as 1.12:00:00.");
                    return 2;
                }

                within = d;
            }

            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var filter = new DisputeFilter
            {
                Owner = parse.GetValue(owner),
                Team = parse.GetValue(team),
                State = parse.GetValue(state),
                Reason = parse.GetValue(reason),
                Customer = parse.GetValue(customer),
                OverdueOnly = parse.GetValue(overdue),
                DueWithin = within,
                IncludeClosed = parse.GetValue(all),
            };
            var now = side.Now;
            var rows = filter.Apply(side.ReadModel.Rows(now), now);
            if (parse.GetValue(json))
            {
                CliJson.Print(rows);
                return 0;
            }

            Tables.Prepare();
            var table = new Table().AddColumns("case", "state", "reason", "customer", "invoices", "amount", "team", "owner", "age (bd)", "SLA");
            foreach (var r in rows)
            {
                var sla = Markup.Escape(SlaText.Countdown(r, now));
                table.AddRow(r.Id.Value, r.State.ToString(), Markup.Escape(r.Reason), Markup.Escape(r.CustomerLabel), Markup.Escape(string.Join(", ", r.InvoiceNumbers)),
                    Markup.Escape(MoneyTotals.Format(r.Amount, r.Currency)), Markup.Escape(r.TeamId), Markup.Escape(r.OwnerLabel), SlaText.Days(r.AgeBusinessDays),
                    r.IsOverdue ? $"[red]{sla}[/]" : sla);
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{rows.Count} dispute(s) as of {SlaText.Utc(now)}.");
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var (db, matrix, json) = (StoreLocation.DbOption(), StoreLocation.MatrixOption(), StoreLocation.JsonOption());
        var id = new Argument<string>("id") { Description = "Case number, e.g. DSP-000001" };
        var command = new Command("show", "Show one dispute: facts, SLA clocks, allowed actions, messages and the full timeline") { id, db, matrix, json };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var now = side.Now;
            var detail = side.Details.Find(parse.GetValue(id)!, now);
            if (detail is null)
            {
                Console.Error.WriteLine($"No dispute '{parse.GetValue(id)}' in the store.");
                return 1;
            }

            if (parse.GetValue(json))
            {
                CliJson.Print(new
                {
                    detail.Row,
                    Allowed = detail.Allowed.Select(DisputeVerbs.Name),
                    Clocks = DisputeDetailText.Clocks(detail.Sla, now),
                    Timeline = detail.Timeline,
                    Messages = detail.Messages,
                });
                return 0;
            }

            DisputeDetailText.Print(detail, now);
            return 0;
        });
        return command;
    }

    private static Command Assign()
    {
        var (db, matrix) = (StoreLocation.DbOption(), StoreLocation.MatrixOption());
        var id = new Argument<string>("id") { Description = "Case number" };
        var owner = new Option<string?>("--owner") { Description = "New owner's e-mail (a team member or manager in the matrix); omit to reassign to the next available team member" };
        var note = new Option<string?>("--note") { Description = "Why (recorded on the case)" };
        var actor = ActorOption();
        var command = new Command("assign", "Assign (or reassign) a dispute to an owner") { id, owner, note, actor, db, matrix };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var caseId = parse.GetValue(id)!;
            var current = side.Details.Find(caseId, side.Now);
            var action = current?.Row.State == DisputeState.New ? DisputeAction.Assign : DisputeAction.Reassign;
            return Report(side.Workflow.Apply(new DisputeCommand(caseId, action, Actor(parse.GetValue(actor)), parse.GetValue(note), parse.GetValue(owner))));
        });
        return command;
    }

    private static Command Transition()
    {
        var (db, matrix) = (StoreLocation.DbOption(), StoreLocation.MatrixOption());
        var id = new Argument<string>("id") { Description = "Case number" };
        var action = new Argument<string>("action") { Description = $"One of: {string.Join(", ", DisputeVerbs.All)}" };
        var note = new Option<string?>("--note") { Description = "Why (required in spirit: it is the audit trail)" };
        var memo = new Option<string?>("--credit-memo") { Description = "Credit memo number (resolve-valid, credit-memo)" };
        var owner = new Option<string?>("--owner") { Description = "New owner for reassign" };
        var actor = ActorOption();
        var command = new Command("transition", "Move a dispute through its lifecycle; illegal moves are refused and nothing changes") { id, action, note, memo, owner, actor, db, matrix };
        command.SetAction(parse =>
        {
            var verb = parse.GetValue(action);
            if (!DisputeVerbs.TryParse(verb, out var parsed))
            {
                Console.Error.WriteLine($"Unknown action '{verb}'. Use one of: {string.Join(", ", DisputeVerbs.All)}.");
                return 2;
            }

            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            return Report(side.Workflow.Apply(new DisputeCommand(parse.GetValue(id)!, parsed, Actor(parse.GetValue(actor)), parse.GetValue(note), parse.GetValue(owner), parse.GetValue(memo))));
        });
        return command;
    }

    private static Option<string?> ActorOption() => new("--as") { Description = "Who is acting (e-mail), recorded on the case (default: $MAILTRIAGE_USER, else the login name)" };

    private static string Actor(string? option) =>
        option ?? Environment.GetEnvironmentVariable("MAILTRIAGE_USER") ?? Environment.UserName;

    private static int Report(DisputeCommandResult result)
    {
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Message);
            return 1;
        }

        Console.Out.WriteLine(result.Message);
        return 0;
    }
}

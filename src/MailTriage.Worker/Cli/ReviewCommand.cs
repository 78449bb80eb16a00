using System.CommandLine;
using System.Globalization;
using MailTriage.Worker.Review;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`review list|export`: the review queue from the command line, and corrections as training data.</summary>
internal static class ReviewCommand
{
    public static Command Create() => new("review", "The needs_review queue and analysts' corrections") { List(), Export() };

    private static Command List()
    {
        var (db, matrix, json) = (StoreLocation.DbOption(), StoreLocation.MatrixOption(), StoreLocation.JsonOption());
        var command = new Command("list", "Messages waiting for review, with the model's top guess") { db, matrix, json };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var pending = side.Review.Pending();
            if (parse.GetValue(json))
            {
                CliJson.Print(pending.Select(p => p.Message));
                return 0;
            }

            Tables.Prepare();
            var table = new Table().AddColumns("mailbox", "message", "subject", "guess", "confidence", "reason");
            foreach (var p in pending)
            {
                var m = p.Message;
                table.AddRow(Markup.Escape(m.MailboxId), Markup.Escape(m.SourceId), Markup.Escape(m.Subject ?? "-"), Markup.Escape(m.Label ?? "-"),
                    m.Confidence.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(m.DisputeReason ?? ""));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var (db, matrix) = (StoreLocation.DbOption(), StoreLocation.MatrixOption());
        var output = new Option<string>("--out") { Description = "JSONL file to write; put it under models/training/ and `mailtriage train` includes it", Required = true };
        var command = new Command("export", "Write analysts' corrections as models/training-style JSON lines") { output, db, matrix };
        command.SetAction(parse =>
        {
            using var side = ReadSide.Open(parse.GetValue(db), parse.GetValue(matrix));
            if (side is null)
            {
                return 2;
            }

            var path = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            var (written, skipped) = CorrectionTrainingExport.Write(side.Corrections.All(), writer);
            Console.Out.WriteLine($"Wrote {written} correction(s) to {path}" + (skipped > 0 ? $"; skipped {skipped} without a stored body." : "."));
            return 0;
        });
        return command;
    }
}

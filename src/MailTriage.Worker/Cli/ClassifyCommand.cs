using MailTriage.Classifier.Mime;
using System.CommandLine;
using System.Text.Json;
using MailTriage.Classifier.Evaluation;
using MailTriage.Worker.Models;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`classify &lt;file.eml|folder&gt; [--json]`: the contract other tools depend on (see README).</summary>
internal static class ClassifyCommand
{
    public static Command Create(ReadPath readPath)
    {
        var path = new Argument<string>("path") { Description = "An .eml file or a folder of .eml files" };
        var json = new Option<bool>("--json") { Description = "One JSON object per message, one line each (gold.jsonl field names)" };
        var models = CommonOptions.Models();
        var command = new Command("classify", "Classify messages and extract AR entities") { path, json, models };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(json), parse.GetValue(models), readPath));
        return command;
    }

    private static int Run(string path, bool json, string? modelsFolder, ReadPath readPath)
    {
        IReadOnlyList<string> files;
        try
        {
            files = MessageFiles.Enumerate(path);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var engine = readPath.Engine(modelsFolder);
        var table = json ? null : new Table().AddColumns("file", "intent", "conf", "reason", "lang", "invoices", "amounts", "promise", "review");
        var readable = 0;
        using var stdout = Console.OpenStandardOutput();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var (result, error) = MessageFiles.Triage(file, readPath.MimeReader, engine);
            if (result is null)
            {
                if (json)
                {
                    WriteLine(stdout, JsonSerializer.SerializeToUtf8Bytes(new ClassifyErrorLine(name, error!), ContractJsonContext.Default.ClassifyErrorLine));
                }
                else
                {
                    table!.AddRow(Markup.Escape(name), "[red]error[/]", "", "", "", Markup.Escape(error!), "", "", "");
                }

                continue;
            }

            readable++;
            var record = result.ToRecord(name);
            if (json)
            {
                var line = ClassifyJsonLine.From(record, result.Confidence, result.NeedsReview);
                WriteLine(stdout, JsonSerializer.SerializeToUtf8Bytes(line, ContractJsonContext.Default.ClassifyJsonLine));
            }
            else
            {
                table!.AddRow(
                    Markup.Escape(name),
                    result.NeedsReview ? $"[yellow]{record.Label}?[/]" : record.Label,
                    result.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    record.DisputeReason ?? "",
                    record.Language,
                    Markup.Escape(string.Join(", ", record.InvoiceNumbers)),
                    Markup.Escape(string.Join(", ", record.Amounts.Select(a => $"{a.Value} {a.Currency}".Trim()))),
                    record.PromiseDate ?? "",
                    result.NeedsReview ? "yes" : "");
            }
        }

        if (table is not null)
        {
            AnsiConsole.Write(table);
        }

        return readable == 0 && files.Count > 0 ? 1 : 0;
    }

    private static void WriteLine(Stream stdout, byte[] json)
    {
        stdout.Write(json);
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }
}

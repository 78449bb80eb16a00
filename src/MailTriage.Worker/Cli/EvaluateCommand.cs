using MailTriage.Classifier.Mime;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MailTriage.Classifier.Evaluation;
using MailTriage.Classifier.Intent;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`evaluate &lt;folder-with-gold.jsonl&gt;`: intent, reason and extraction quality against hand-labelled gold.</summary>
internal static class EvaluateCommand
{
    public static Command Create(ReadPath readPath)
    {
        var folder = new Argument<string>("folder") { Description = "A folder holding .eml files and gold.jsonl" };
        var models = CommonOptions.Models();
        var mistakes = new Option<bool>("--mistakes") { Description = "Also list every intent or field that differs from gold" };
        var command = new Command("evaluate", "Measure the classifier and extractors against gold.jsonl") { folder, models, mistakes };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(models), parse.GetValue(mistakes), readPath));
        return command;
    }

    private static int Run(string folder, string? modelsFolder, bool listMistakes, ReadPath readPath)
    {
        var goldPath = Path.Combine(folder, "gold.jsonl");
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"No gold.jsonl in {folder}.");
            return 2;
        }

        var engine = readPath.Engine(modelsFolder);
        var pairs = new List<(GoldRecord Gold, GoldRecord Predicted)>();
        var reviewCount = 0;
        foreach (var line in File.ReadLines(goldPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var gold = JsonSerializer.Deserialize(line, ContractJsonContext.Default.GoldRecord)!;
            var (result, error) = MessageFiles.Triage(Path.Combine(folder, gold.File), readPath.MimeReader, engine);
            if (result is null)
            {
                Console.Error.WriteLine($"{gold.File}: {error}");
                pairs.Add((gold, new GoldRecord { File = gold.File, Label = "(error)" }));
                continue;
            }

            reviewCount += result.NeedsReview ? 1 : 0;
            pairs.Add((gold, result.ToRecord(gold.File)));
        }

        var eval = new TriageEvaluation(pairs);
        Print(eval, reviewCount);
        if (listMistakes)
        {
            PrintMistakes(pairs);
        }

        return 0;
    }

    private static void Print(TriageEvaluation e, int reviewCount)
    {
        var summary = new Table().Title("Intent").AddColumns("slice", "messages", "accuracy", "macro-F1");
        summary.AddRow("all", N(e.Intent.Count), F(e.Intent.Accuracy), F(e.Intent.MacroF1));
        summary.AddRow("en", N(e.IntentEnglish.Count), F(e.IntentEnglish.Accuracy), F(e.IntentEnglish.MacroF1));
        summary.AddRow("es", N(e.IntentSpanish.Count), F(e.IntentSpanish.Accuracy), F(e.IntentSpanish.MacroF1));
        AnsiConsole.Write(summary);
        AnsiConsole.MarkupLine($"needs_review flagged on {reviewCount} of {e.Count} messages");

        var perClass = new Table().Title("Per intent").AddColumns("intent", "support", "precision", "recall", "F1");
        foreach (var c in e.Intent.PerClass)
        {
            perClass.AddRow(c.Class, N(c.Support), F(c.Scores.Precision), F(c.Scores.Recall), F(c.F1));
        }

        AnsiConsole.Write(perClass);

        var confusion = new Table().Title("Confusion (rows gold, columns predicted)").AddColumn("gold \\ predicted");
        foreach (var c in IntentLabels.All)
        {
            confusion.AddColumn(Abbreviate(c));
        }

        foreach (var gold in IntentLabels.All)
        {
            confusion.AddRow([gold, .. IntentLabels.All.Select(p => Cell(e.Intent.Confusion(gold, p), gold == p))]);
        }

        AnsiConsole.Write(confusion);
        AnsiConsole.MarkupLine($"Dispute reason (gold disputes): accuracy {F(e.DisputeReason.Accuracy)}, macro-F1 {F(e.DisputeReason.MacroF1)}");
        AnsiConsole.MarkupLine($"Language accuracy: {F(e.Language.Accuracy)}");

        var fields = new Table().Title("Extraction (micro-averaged)").AddColumns("field", "precision", "recall", "F1", "gold", "predicted");
        AddField(fields, "invoice numbers", e.InvoiceNumbers);
        AddField(fields, "PO numbers", e.PoNumbers);
        AddField(fields, "amounts (value+currency)", e.Amounts);
        AddField(fields, "promise dates", e.PromiseDates);
        AddField(fields, "remittance lines", e.RemittanceLines);
        AddField(fields, "payment totals", e.PaymentTotals);
        AnsiConsole.Write(fields);
        AnsiConsole.MarkupLine($"Promise-date accuracy on gold payment promises: {F(e.PromiseDateAccuracy)} ({e.PromiseDateCorrect}/{e.PromiseDateTotal})");
    }

    private static void PrintMistakes(List<(GoldRecord Gold, GoldRecord Predicted)> pairs)
    {
        foreach (var (g, p) in pairs)
        {
            var diffs = new List<string>();
            if (g.Label != p.Label) diffs.Add($"label {g.Label} -> {p.Label}");
            if (g.Label == IntentLabels.Dispute && g.DisputeReason != p.DisputeReason) diffs.Add($"reason {g.DisputeReason} -> {p.DisputeReason}");
            if (g.Language != p.Language) diffs.Add($"language {g.Language} -> {p.Language}");
            Diff(diffs, "invoices", g.InvoiceNumbers, p.InvoiceNumbers);
            Diff(diffs, "POs", g.PoNumbers, p.PoNumbers);
            Diff(diffs, "amounts", g.Amounts.Select(a => $"{a.Value} {a.Currency}"), p.Amounts.Select(a => $"{a.Value} {a.Currency}"));
            Diff(diffs, "lines", g.RemittanceLines.Select(l => $"{l.Invoice}={l.Amount}"), p.RemittanceLines.Select(l => $"{l.Invoice}={l.Amount}"));
            if (g.PromiseDate != p.PromiseDate) diffs.Add($"promise {g.PromiseDate} -> {p.PromiseDate}");
            if (g.PaymentTotal != p.PaymentTotal) diffs.Add($"total {g.PaymentTotal?.Value} {g.PaymentTotal?.Currency} -> {p.PaymentTotal?.Value} {p.PaymentTotal?.Currency}");
            if (diffs.Count > 0)
            {
                Console.WriteLine($"{g.File}: {string.Join("; ", diffs)}");
            }
        }
    }

    private static void Diff(List<string> diffs, string name, IEnumerable<string> gold, IEnumerable<string> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        var missing = g.Except(p).ToArray();
        var extra = p.Except(g).ToArray();
        if (missing.Length + extra.Length > 0)
        {
            diffs.Add($"{name} missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]");
        }
    }

    private static void AddField(Table t, string name, SetMatch m)
    {
        var s = m.Score;
        t.AddRow(name, F(s.Precision), F(s.Recall), F(s.F1), N(s.GoldCount), N(s.PredictedCount));
    }

    private static string Cell(int n, bool diagonal) => n == 0 ? "." : diagonal ? $"[green]{n}[/]" : $"[red]{n}[/]";

    private static string Abbreviate(string label) => label switch
    {
        IntentLabels.RemittanceAdvice => "remit",
        IntentLabels.TieOffRequest => "tieoff",
        IntentLabels.PurchaseOrder => "po",
        IntentLabels.RefundRequest => "refund",
        IntentLabels.PaymentPromise => "promise",
        IntentLabels.InvoiceRequest => "invreq",
        _ => label,
    };

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
}

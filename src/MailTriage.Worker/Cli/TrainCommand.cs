using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MailTriage.Worker.Models;
using MailTriage.Worker.Training;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`train`: rebuilds models/*.zip deterministically from models/training and prints grouped cross-validated metrics.</summary>
internal static class TrainCommand
{
    public static Command Create(ReadPath readPath)
    {
        var models = CommonOptions.Models();
        var data = new Option<string?>("--data") { Description = "Training folder (default: <models>/training)" };
        var command = new Command("train", "Rebuild the intent and dispute-reason models from models/training") { models, data };
        command.SetAction(parse => Run(parse.GetValue(models), parse.GetValue(data), readPath));
        return command;
    }

    private static int Run(string? modelsOption, string? dataOption, ReadPath readPath)
    {
        string target;
        try
        {
            target = ModelFiles.ResolveTrainingTarget(modelsOption);
        }
        catch (DirectoryNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var dataFolder = dataOption ?? Path.Combine(target, "training");
        var (examples, problems) = TrainingDataReader.ReadFolder(dataFolder);
        foreach (var p in problems)
        {
            Console.Error.WriteLine($"training data: {p}");
        }

        if (problems.Count > 0 || examples.Count == 0)
        {
            Console.Error.WriteLine(examples.Count == 0 ? $"No training examples in {dataFolder}." : "Fix the training data above, then train again.");
            return 2;
        }

        TrainingOutcome? outcome = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                ProgressTask? current = null;
                var progress = new SynchronousProgress(stage =>
                {
                    current?.StopTask();
                    current = ctx.AddTask(Markup.Escape(stage)).IsIndeterminate();
                });
                outcome = new ModelTrainingJob(readPath.Normaliser).Run(examples, progress);
                current?.StopTask();
            });

        Directory.CreateDirectory(target);
        using (var s = File.Create(Path.Combine(target, ModelFiles.IntentModel)))
        {
            outcome!.Intent.Model.Save(s);
        }

        using (var s = File.Create(Path.Combine(target, ModelFiles.DisputeReasonModel)))
        {
            outcome.DisputeReason.Model.Save(s);
        }

        File.WriteAllText(Path.Combine(target, ModelFiles.Card), JsonSerializer.Serialize(outcome.Card, WorkerJsonContext.Default.ModelCard) + "\n");
        Print(outcome, examples.Count, target);
        return 0;
    }

    private static void Print(TrainingOutcome outcome, int examples, string target)
    {
        var card = outcome.Card;
        AnsiConsole.MarkupLine($"Trained on [bold]{examples}[/] examples from [bold]{card.Groups}[/] author groups (seed {card.Seed}).");
        var table = new Table().AddColumns("model", "rows", "grouped-CV accuracy", "grouped-CV macro-F1", "review threshold", "precision kept", "coverage");
        foreach (var (name, e) in new[] { ("intent", card.Intent), ("dispute reason", card.DisputeReason) })
        {
            table.AddRow(name, e.Rows.ToString(CultureInfo.InvariantCulture), F(e.CrossValidatedAccuracy), F(e.CrossValidatedMacroF1),
                e.Threshold.ToString("0.000", CultureInfo.InvariantCulture), F(e.PrecisionAboveThreshold), F(e.CoverageAboveThreshold));
        }

        AnsiConsole.Write(table);
        var perClass = new Table().AddColumns("intent", "grouped-CV F1");
        foreach (var (cls, f1) in card.Intent.PerClassF1)
        {
            perClass.AddRow(cls, F(f1));
        }

        AnsiConsole.Write(perClass);
        AnsiConsole.MarkupLine($"Models written to [bold]{Markup.Escape(target)}[/].");
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the progress display needs the report on the calling thread.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

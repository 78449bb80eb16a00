using System.CommandLine;

namespace MailTriage.Worker.Cli;

/// <summary>The `mailtriage` command line: one root, one sub-command per job.</summary>
public static class MailTriageCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var readPath = ReadPathFactory.Create();
        var root = new RootCommand("MailTriage: triage accounts-receivable mailboxes (remittances, disputes, tie-offs, POs, refunds, promises)")
        {
            ClassifyCommand.Create(readPath),
            TrainCommand.Create(readPath),
            EvaluateCommand.Create(readPath),
            RunCommand.Create(),
            DemoCommand.Create(),
            DisputesCommand.Create(),
            ReportCommand.Create(),
            ExportCommand.Create(),
            ReviewCommand.Create(),
            DashboardCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync();
    }
}

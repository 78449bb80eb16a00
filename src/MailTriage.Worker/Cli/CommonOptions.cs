using System.CommandLine;

namespace MailTriage.Worker.Cli;

internal static class CommonOptions
{
    public static Option<string?> Models() => new("--models") { Description = "Folder holding intent.zip, dispute-reason.zip and model-card.json (default: the repository's models/)" };
}

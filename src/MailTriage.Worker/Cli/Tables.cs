using Spectre.Console;

namespace MailTriage.Worker.Cli;

internal static class Tables
{
    /// <summary>A pipe or log file has no width; 80 columns would fold every cell.</summary>
    public static void Prepare()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
    }
}

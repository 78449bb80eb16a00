using System.CommandLine;
using MailTriage.Worker.Hosting;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Cli;

/// <summary>`run [--once] [--config FILE]`: watch every configured mailbox until stopped (Ctrl+C, SIGTERM, service stop).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Process what is in the mailboxes now, then exit" };
        var config = new Option<string?>("--config") { Description = "JSON configuration file (default: appsettings.json in the working directory, then MAILTRIAGE_ environment variables)" };
        var dashboard = new Option<bool>("--dashboard") { Description = "Also serve the web dashboard from this process (Dashboard:Urls, default http://127.0.0.1:5080)" };
        var command = new Command("run", "Watch the configured mailboxes and triage new mail") { once, config, dashboard };
        command.SetAction(async (parse, ct) =>
        {
            var configFile = parse.GetValue(config) ?? (File.Exists("appsettings.json") ? "appsettings.json" : null);
            var mode = new RunMode(parse.GetValue(once));
            try
            {
                using var host = WorkerHost.Build(configFile, null, mode, LogLevel.Information, parse.GetValue(dashboard));
                return await WorkerHost.RunAsync(host, ct);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException ex)
            {
                // Building the host can already fail (the dashboard's bind-address rule), before RunAsync's own check.
                return WorkerHost.ReportConfigurationErrors(ex);
            }
        });
        return command;
    }
}

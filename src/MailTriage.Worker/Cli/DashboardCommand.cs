using System.CommandLine;
using MailTriage.Worker.Dashboard;
using MailTriage.Worker.Hosting;

namespace MailTriage.Worker.Cli;

/// <summary>`dashboard`: the manager, owner and review pages on http://127.0.0.1:5080 until stopped.</summary>
internal static class DashboardCommand
{
    public const string ApiKeyVariable = "MAILTRIAGE_DASHBOARD_API_KEY";

    public static Command Create()
    {
        var (db, matrix) = (StoreLocation.DbOption(), StoreLocation.MatrixOption());
        var urls = new Option<string>("--urls") { Description = "Where to listen; anything but loopback needs an API key", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = $"Key required in the {DashboardOptions.ApiKeyHeader} header (default: ${ApiKeyVariable})" };
        var mailboxes = new Option<string?>("--mailboxes") { Description = "Root of local-folder mailboxes, to show original mail (default: 'mailboxes' beside the database)" };
        var command = new Command("dashboard", "Serve the manager, owner and review-queue web pages") { urls, apiKey, mailboxes, db, matrix };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = StoreLocation.ResolveDatabase(parse.GetValue(db), out var dbProblem);
            var matrixPath = StoreLocation.ResolveMatrix(parse.GetValue(matrix), out var matrixProblem);
            if (dbPath is null || matrixPath is null)
            {
                Console.Error.WriteLine(dbPath is null ? dbProblem : matrixProblem);
                return 2;
            }

            var options = new DashboardOptions
            {
                Urls = parse.GetValue(urls)!,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable),
                DatabasePath = dbPath,
                MatrixPath = matrixPath,
                MailboxesPath = parse.GetValue(mailboxes) ?? StoreLocation.MailboxesBeside(dbPath),
            };
            try
            {
                await using var app = DashboardApp.Build(options, TimeProvider.System);
                await app.StartAsync(ct);
                Console.Out.WriteLine($"Dashboard on {string.Join(", ", app.Urls)} reading {dbPath}. Ctrl+C to stop.");
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (DashboardConfigurationException ex)
            {
                Console.Error.WriteLine($"Configuration error: {ex.Message}");
                return WorkerHost.ConfigurationErrorExitCode;
            }
        });
        return command;
    }
}

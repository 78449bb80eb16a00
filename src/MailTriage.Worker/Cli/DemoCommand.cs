using System.CommandLine;
using System.Globalization;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Hosting;
using MailTriage.Worker.Models;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>
/// `demo`: the README's main job. Puts the project's sample mail into local mailboxes, runs the whole pipeline
/// once on the embedded default (local folders + LiteDB) and prints what happened. Running it again only
/// processes mail that is new: nothing is classified, routed or notified twice.
/// </summary>
internal static class DemoCommand
{
    private static readonly (string Id, string Address, string Region)[] Mailboxes =
    [
        ("ar-us", "ar-us@fabrikam.example", "US"),
        ("disputes", "disputes@fabrikam.example", "US"),
        ("cobranza", "cobranza@fabrikam.example", "MX"),
    ];

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Working folder for the demo mailboxes, database and outbox (default: .mailtriage/demo in the repository)" };
        var command = new Command("demo", "Run the full pipeline once on the project's sample mail (local folders + LiteDB) and print a summary") { data };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(data), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? dataOption, CancellationToken ct)
    {
        var root = RepositoryRoot();
        var dataDir = Path.GetFullPath(dataOption ?? Path.Combine(root, ".mailtriage", "demo"));
        var samples = Path.Combine(root, "samples", "mailbox");
        var copied = SeedMailboxes(samples, Path.Combine(dataDir, "mailboxes"));

        var settings = new Dictionary<string, string?>
        {
            ["MailTriage:DatabasePath"] = Path.Combine(dataDir, "mailtriage.db"),
            ["MailTriage:OutboxPath"] = Path.Combine(dataDir, "outbox"),
            ["MailTriage:MatrixPath"] = Path.Combine(root, "config", "resolution-matrix.yaml"),
            ["Pipeline:CaseLinkBase"] = "http://127.0.0.1:5080",
        };
        for (var i = 0; i < Mailboxes.Length; i++)
        {
            var (id, address, region) = Mailboxes[i];
            settings[$"MailTriage:Mailboxes:{i}:Id"] = id;
            settings[$"MailTriage:Mailboxes:{i}:Address"] = address;
            settings[$"MailTriage:Mailboxes:{i}:Region"] = region;
            settings[$"MailTriage:Mailboxes:{i}:Source"] = "Local";
            settings[$"MailTriage:Mailboxes:{i}:Path"] = Path.Combine(dataDir, "mailboxes", id);
        }

        var mode = new RunMode(once: true);
        using var host = WorkerHost.Build(configFile: null, settings, mode, LogLevel.Warning);
        var exit = await WorkerHost.RunAsync(host, ct);
        if (exit != 0)
        {
            return exit;
        }

        PrintSummary(host.Services, mode, copied, dataDir);
        return 0;
    }

    /// <summary>Copies sample mail into the demo mailboxes unless an earlier run already has it (in the inbox or moved to a folder).</summary>
    private static int SeedMailboxes(string samples, string mailboxesDir)
    {
        var copied = 0;
        foreach (var (id, _, _) in Mailboxes)
        {
            var source = Path.Combine(samples, id);
            var target = Path.Combine(mailboxesDir, id);
            Directory.CreateDirectory(target);
            var present = Directory.EnumerateFiles(target, "*.eml", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(source, "*.eml"))
            {
                if (present.Add(Path.GetFileName(file)))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                    copied++;
                }
            }
        }

        return copied;
    }

    private static void PrintSummary(IServiceProvider services, RunMode mode, int copied, string dataDir)
    {
        if (Console.IsOutputRedirected)
        {
            // A pipe or log file has no width; 80 columns would fold every cell.
            AnsiConsole.Profile.Width = 200;
        }

        var records = services.GetRequiredService<IProcessedMessageStore>().All()
            .OrderBy(r => r.MailboxId, StringComparer.Ordinal).ThenBy(r => r.SourceId, StringComparer.Ordinal).ToArray();
        var disputes = services.GetRequiredService<IDisputeRepository>();
        var sla = services.GetRequiredService<ISlaStateRepository>();

        var messages = new Table().Title("Messages").AddColumns("mailbox", "message", "intent", "conf", "reason", "lang", "invoices", "amounts", "promise", "state", "case");
        foreach (var r in records)
        {
            messages.AddRow(
                r.MailboxId,
                Markup.Escape(r.SourceId),
                r.NeedsReview ? $"[yellow]{r.Label} (review)[/]" : Markup.Escape(r.Label ?? "-"),
                r.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                r.DisputeReason ?? "",
                r.Language ?? "",
                Markup.Escape(string.Join(", ", r.InvoiceNumbers)),
                Markup.Escape(string.Join(", ", r.Amounts)),
                r.PromiseDate ?? "",
                r.State.ToString(),
                r.DisputeId ?? "");
        }

        AnsiConsole.Write(messages);

        var cases = new Table().Title("Disputes").AddColumns("case", "reason", "customer", "invoices", "team", "owner", "priority", "state", "next SLA due", "phase");
        foreach (var id in records.Where(r => r.DisputeId is not null).Select(r => r.DisputeId!).Distinct(StringComparer.Ordinal))
        {
            var dispute = disputes.Find(new DisputeId(id));
            if (dispute is null)
            {
                continue;
            }

            var state = sla.Find(dispute.Id);
            cases.AddRow(
                dispute.Id.ToString(),
                dispute.Facts.Reason,
                Markup.Escape(dispute.Facts.CustomerKey),
                Markup.Escape(string.Join(", ", dispute.Facts.InvoiceNumbers)),
                dispute.Routing.TeamId,
                Markup.Escape(dispute.Owner?.Name ?? "-"),
                dispute.Routing.Priority.ToString(),
                dispute.State.ToString(),
                state?.NextDueAt?.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "-",
                state?.Phase.ToString() ?? "-");
        }

        AnsiConsole.Write(cases);
        var summary = mode.LastSummary;
        AnsiConsole.MarkupLine($"This run: {copied} sample message(s) added, {summary?.Get(ProcessingOutcome.Triaged) ?? 0} triaged, " +
            $"{summary?.Get(ProcessingOutcome.AlreadyDone) ?? 0} already done, {summary?.Get(ProcessingOutcome.Quarantined) ?? 0} quarantined, " +
            $"{summary?.Get(ProcessingOutcome.Failed) ?? 0} failed.");
        var outbox = Path.Combine(dataDir, "outbox");
        var notes = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").Length : 0;
        AnsiConsole.MarkupLine($"Owner notifications in [bold]{Markup.Escape(outbox)}[/]: {notes}. Mailboxes, sidecars and database under [bold]{Markup.Escape(dataDir)}[/].");
    }

    private static string RepositoryRoot() =>
        RepositoryLocator.FindUpwards(dir => Directory.Exists(Path.Combine(dir, "samples", "mailbox")) && Directory.Exists(Path.Combine(dir, "config")))
        ?? throw new DirectoryNotFoundException("samples/mailbox not found above the working directory; run the demo from the repository.");
}

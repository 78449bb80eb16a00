using System.Text.Json;
using System.Text.Json.Nodes;
using MailTriage.GraphEmulator;
using MailTriage.TestUtils;
using MailTriage.Worker.Hosting;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>One watched mailbox of a scenario: its configured id, SMTP address and region.</summary>
internal sealed record MailboxSpec(string Id, string Address, string Region);

/// <summary>
/// A Graph emulator on 127.0.0.1 plus everything the real worker needs to run against it: a temp data folder
/// (LiteDB, outbox) and the configuration the host is built from. Each run builds the production host through
/// <see cref="WorkerHost.Build"/>, so the whole composition root (options validation, Graph client, LiteDB) is used.
/// </summary>
internal sealed class GraphWorld : IAsyncDisposable
{
    public static readonly MailboxSpec[] SampleMailboxes =
    [
        new("ar-us", "ar-us@fabrikam.example", "US"),
        new("disputes", "disputes@fabrikam.example", "US"),
        new("cobranza", "cobranza@fabrikam.example", "MX"),
    ];

    private GraphWorld(GraphEmulator.GraphEmulator emulator, IReadOnlyList<MailboxSpec> mailboxes, string dataDir)
    {
        Emulator = emulator;
        Mailboxes = mailboxes;
        DataDir = dataDir;
        Settings = BaseSettings();
    }

    public GraphEmulator.GraphEmulator Emulator { get; }

    public IReadOnlyList<MailboxSpec> Mailboxes { get; }

    public string DataDir { get; }

    public string DatabasePath => Path.Combine(DataDir, "mailtriage.db");

    /// <summary>The host configuration; tests may change it between runs (e.g. a different matrix).</summary>
    public Dictionary<string, string?> Settings { get; }

    public static async Task<GraphWorld> StartAsync(GraphEmulatorOptions? options = null, IReadOnlyList<MailboxSpec>? mailboxes = null)
    {
        var emulator = await GraphEmulator.GraphEmulator.StartAsync(options);
        var specs = mailboxes ?? SampleMailboxes;
        foreach (var m in specs)
        {
            emulator.AddMailbox(m.Address);
        }

        return new GraphWorld(emulator, specs, Directory.CreateTempSubdirectory("mailtriage-graph-e2e-").FullName);
    }

    public EmulatedMailbox Mailbox(string id) => Emulator.Mailbox(Mailboxes.Single(m => m.Id == id).Address);

    /// <summary>`run --once` in process: one triage cycle over every mailbox, then the host stops and is disposed.</summary>
    public async Task<CycleSummary> RunOnceAsync(LogLevel logLevel = LogLevel.Warning)
    {
        var mode = new RunMode(once: true);
        using (var host = BuildHost(mode, logLevel))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var exit = await WorkerHost.RunAsync(host, timeout.Token);
            Assert.Equal(0, exit);
        }

        return mode.LastSummary ?? throw new InvalidOperationException("The run ended without a triage cycle.");
    }

    /// <summary>`run` in process: the host keeps polling until the returned handle is disposed.</summary>
    public async Task<RunningWorker> StartWatchingAsync(LogLevel logLevel = LogLevel.Warning)
    {
        var host = BuildHost(new RunMode(once: false), logLevel);
        await host.StartAsync();
        return new RunningWorker(host);
    }

    /// <summary>
    /// Writes <see cref="Settings"/> as the nested JSON file `mailtriage run --config` reads, for child-process runs.
    /// </summary>
    public string WriteConfigFile()
    {
        var root = new JsonObject();
        foreach (var (key, value) in Settings.Where(s => s.Value is not null).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var node = root;
            var parts = key.Split(':');
            foreach (var part in parts[..^1])
            {
                node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            }

            node[parts[^1]] = value;
        }

        // Numeric keys ("Mailboxes:0") stay object members; the configuration binder reads them as list indexes.
        var path = Path.Combine(DataDir, "mailtriage.json");
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>Every processed-message record, read from the LiteDB file once no host holds it open.</summary>
    public IReadOnlyList<ProcessedMessage> Records()
    {
        using var store = new LiteDbStore(new LiteDbStoreOptions { Path = DatabasePath });
        return new LiteDbProcessedMessageStore(store).All();
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be releasing a file; a stray temp folder is harmless.
        }
    }

    private IHost BuildHost(RunMode mode, LogLevel logLevel) => WorkerHost.Build(configFile: null, Settings, mode, logLevel);

    private Dictionary<string, string?> BaseSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MailTriage:DatabasePath"] = DatabasePath,
            ["MailTriage:OutboxPath"] = Path.Combine(DataDir, "outbox"),
            ["MailTriage:MatrixPath"] = Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml"),
            ["MailTriage:ModelsPath"] = TestPaths.Models,
            ["MailTriage:PollInterval"] = "00:00:01",
            ["Graph:BaseUrl"] = Emulator.BaseUrl,
            ["Graph:Auth"] = "Emulator",
            ["Graph:PageSize"] = "10",

            // Real back-off would make fault tests take minutes; the policy is the same, only shorter.
            ["Graph:RetryBaseDelay"] = "00:00:00.010",
            ["Graph:MaxRetryDelay"] = "00:00:01",
            ["Graph:RequestTimeout"] = "00:00:05",
            ["Graph:MaxRetries"] = "12",
            ["Pipeline:RetryBaseDelay"] = "00:00:00.200",
            ["Pipeline:CaseLinkBase"] = "http://127.0.0.1:5080",

            // The loop guard caps mail per owner per hour; scenarios route dozens of cases to a few owners at once.
            ["Pipeline:MaxNotificationsPerRecipient"] = "1000",
        };
        for (var i = 0; i < Mailboxes.Count; i++)
        {
            var m = Mailboxes[i];
            settings[$"MailTriage:Mailboxes:{i}:Id"] = m.Id;
            settings[$"MailTriage:Mailboxes:{i}:Address"] = m.Address;
            settings[$"MailTriage:Mailboxes:{i}:Region"] = m.Region;
            settings[$"MailTriage:Mailboxes:{i}:Source"] = "Graph";
            settings[$"MailTriage:Mailboxes:{i}:Folders:0"] = "inbox";
        }

        return settings;
    }
}

/// <summary>A host started in watch mode; disposing it stops the worker gracefully.</summary>
internal sealed class RunningWorker(IHost host) : IAsyncDisposable
{
    public IProcessedMessageStore Store => host.Services.GetRequiredService<IProcessedMessageStore>();

    /// <summary>Polls the live store until <paramref name="done"/> holds, or fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ProcessedMessage>, bool> done, TimeSpan timeout, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!done(Store.All()))
        {
            Assert.True(clock.Elapsed < timeout, $"Timed out after {timeout} waiting for: {what}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (host)
        {
            await host.StopAsync(TimeSpan.FromSeconds(10));
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using MailTriage.GraphEmulator;
using MailTriage.GraphEmulator.Counters;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;

namespace MailTriage.Benchmarks;

/// <summary>
/// `graph-backfill`: N mailboxes × M messages in the Graph emulator, then one real `mailtriage run --once` over all of
/// them (production host, Graph SDK, LiteDB with durable commits, default Graph options). Reports messages/s, Graph
/// HTTP requests per message and the worker's peak memory. Not a BenchmarkDotNet benchmark: one backfill is one long
/// operation whose cost is dominated by I/O, and repeating it dozens of times would take hours.
/// </summary>
internal static class GraphBackfillCommand
{
    public const string Name = "graph-backfill";

    private static readonly string[] Regions = ["US", "MX", "ES"];

    public static async Task<int> RunAsync(string[] args)
    {
        var mailboxes = Option(args, "--mailboxes", 20);
        var perMailbox = Option(args, "--messages", 2000);
        var seed = Option(args, "--seed", 42);
        var root = RepositoryRoot.Find();
        var work = Directory.CreateTempSubdirectory("mailtriage-graph-backfill-").FullName;
        try
        {
            await using var graph = await GraphEmulator.GraphEmulator.StartAsync(new GraphEmulatorOptions { Seed = seed });
            var addresses = Seed(graph, root, mailboxes, perMailbox, seed);
            var config = GraphBackfillWorker.WriteConfig(work, Settings(root, work, graph.BaseUrl, addresses));
            Console.WriteLine($"Seeded {mailboxes} mailboxes x {perMailbox} messages; running mailtriage run --once ...");

            var run = await GraphBackfillWorker.RunOnceAsync(work, config, () => graph.Counters.TotalHttpRequests);
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine($"mailtriage exited with {run.ExitCode}:{Environment.NewLine}{run.OutputTail}");
                return 1;
            }

            return Report(graph, addresses, work, run, mailboxes * perMailbox);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<string> Seed(GraphEmulator.GraphEmulator graph, string root, int mailboxes, int perMailbox, int seed)
    {
        var samples = GraphBackfillCorpus.LoadSamples(root);
        var addresses = new List<string>();
        for (var i = 1; i <= mailboxes; i++)
        {
            var address = $"ar{i:00}@fabrikam.example";
            var mailbox = graph.AddMailbox(address);
            var corpus = new GraphBackfillCorpus(seed + i, address, samples);
            for (var n = 0; n < perMailbox; n++)
            {
                mailbox.AddMessage(corpus.Next());
            }

            addresses.Add(address);
        }

        return addresses;
    }

    private static Dictionary<string, string> Settings(string root, string work, string baseUrl, List<string> addresses)
    {
        var settings = new Dictionary<string, string>
        {
            ["MailTriage:DatabasePath"] = Path.Combine(work, "mailtriage.db"),
            ["MailTriage:OutboxPath"] = Path.Combine(work, "outbox"),
            ["MailTriage:MatrixPath"] = Path.Combine(root, "config", "resolution-matrix.yaml"),
            ["MailTriage:ModelsPath"] = Path.Combine(root, "models"),
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:Auth"] = "Emulator",

            // The loop guard (20 mails per owner per hour) would silently skip most task mails of a 40,000-message
            // backfill and flatter the request count; every new case gets its task mail here.
            ["Pipeline:MaxNotificationsPerRecipient"] = "10000",
        };
        for (var i = 0; i < addresses.Count; i++)
        {
            settings[$"MailTriage:Mailboxes:{i}:Id"] = addresses[i].Split('@')[0];
            settings[$"MailTriage:Mailboxes:{i}:Address"] = addresses[i];
            settings[$"MailTriage:Mailboxes:{i}:Source"] = "Graph";
            settings[$"MailTriage:Mailboxes:{i}:Region"] = Regions[i % Regions.Length];
        }

        return settings;
    }

    private static int Report(GraphEmulator.GraphEmulator graph, List<string> addresses, string work, GraphBackfillRun run, int expected)
    {
        IReadOnlyList<ProcessedMessage> records;
        using (var store = new LiteDbStore(new LiteDbStoreOptions { Path = Path.Combine(work, "mailtriage.db") }))
        {
            records = new LiteDbProcessedMessageStore(store).All();
        }

        var final = records.Count(r => r.State is ProcessingState.Acted or ProcessingState.Ignored or ProcessingState.Parked);
        var counters = addresses.Select(graph.Counters.For).ToList();
        long Ops(GraphRequestKind kind) => counters.Sum(c => c.Of(kind));
        var http = graph.Counters.TotalHttpRequests;
        var working = run.WallTime - (run.FirstGraphRequestAt ?? TimeSpan.Zero);
        var f = CultureInfo.InvariantCulture;

        Console.WriteLine();
        Console.WriteLine(string.Create(f, $"messages seeded                 {expected}"));
        Console.WriteLine(string.Create(f, $"messages with a final record    {final} ({string.Join(", ", records.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})"));
        Console.WriteLine(string.Create(f, $"new dispute cases (task mails)  {graph.SentMail.Count}"));
        Console.WriteLine(string.Create(f, $"wall time                       {run.WallTime.TotalSeconds:0.0} s (start-up until the first Graph request {run.FirstGraphRequestAt?.TotalSeconds:0.0} s)"));
        Console.WriteLine(string.Create(f, $"throughput                      {final / working.TotalSeconds:0} messages/s (first Graph request to exit), {final / run.WallTime.TotalSeconds:0} messages/s overall"));
        Console.WriteLine(string.Create(f, $"Graph HTTP requests             {http} = {(double)http / final:0.000} per message"));
        Console.WriteLine(string.Create(f, $"  $batch                        {graph.Counters.TotalBatchRequests} ({(double)graph.Counters.TotalBatchRequests / final:0.000}/message)"));
        Console.WriteLine(string.Create(f, $"  delta pages                   {Ops(GraphRequestKind.Delta)} ({(double)Ops(GraphRequestKind.Delta) / final:0.000}/message)"));
        Console.WriteLine(string.Create(f, $"  sendMail                      {Ops(GraphRequestKind.SendMail)} ({(double)Ops(GraphRequestKind.SendMail) / final:0.000}/message)"));
        Console.WriteLine(string.Create(f, $"  folders (find/create/get)     {Ops(GraphRequestKind.ListFolders) + Ops(GraphRequestKind.CreateFolder) + Ops(GraphRequestKind.GetFolder)}"));
        Console.WriteLine(string.Create(f, $"Exchange operations (steps)     {counters.Sum(c => c.Operations)}; throttled {counters.Sum(c => c.Throttled)}; peak in flight per mailbox {counters.Max(c => c.PeakInFlight)}"));
        var database = new FileInfo(Path.Combine(work, "mailtriage.db")).Length;
        Console.WriteLine(string.Create(f, $"LiteDB file                     {database / (1024.0 * 1024):0.0} MB"));
        Console.WriteLine(string.Create(f, $"worker peak working set         {run.PeakWorkingSetBytes / (1024.0 * 1024):0} MB (Process.PeakWorkingSet64 = VmHWM on Linux)"));
        if (run.PeakPrivateBytes is { } anon)
        {
            Console.WriteLine(string.Create(f, $"  of which private (RssAnon)    {anon / (1024.0 * 1024):0} MB at most; the rest is mapped assemblies, ICU data and JIT code"));
        }
        return final == expected ? 0 : 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

using MailTriage.GraphEmulator;
using MailTriage.GraphEmulator.Mail;
using MailTriage.Worker.Graph;
using MailTriage.Worker.Mailboxes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace MailTriage.Worker.Tests.Graph;

/// <summary>
/// An emulator on 127.0.0.1 plus the real GraphServiceClient pointed at it, built by the production
/// <see cref="GraphServiceClientFactory"/> in Emulator auth mode. Retry delays are shrunk so fault tests stay fast.
/// </summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    private GraphHarness(GraphEmulator.GraphEmulator emulator, GraphOptions options)
    {
        Emulator = emulator;
        Options = options;
        Client = new GraphServiceClientFactory(Microsoft.Extensions.Options.Options.Create(options)).Create();
        Gates = new MailboxRequestGates(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);
    }

    public GraphEmulator.GraphEmulator Emulator { get; }
    public GraphOptions Options { get; }
    public GraphServiceClient Client { get; }
    public MailboxRequestGates Gates { get; }
    public InMemorySyncStateStore Store { get; } = new();

    public static async Task<GraphHarness> StartAsync(GraphEmulatorOptions? emulator = null, Action<GraphOptions>? configure = null)
    {
        var graph = await GraphEmulator.GraphEmulator.StartAsync(emulator);
        var options = new GraphOptions
        {
            BaseUrl = graph.BaseUrl,
            Auth = GraphAuthMode.Emulator,
            PageSize = 5,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(5),
            MaxRetries = 12,
        };
        configure?.Invoke(options);
        return new GraphHarness(graph, options);
    }

    public GraphMailboxSource Source(string mailbox, params string[] folders) =>
        new GraphMailboxSourceFactory(Client, Store, Microsoft.Extensions.Options.Options.Create(Options), Gates, TimeProvider.System, NullLoggerFactory.Instance)
            .Create(mailbox, folders.Length == 0 ? ["inbox"] : folders);

    public static NewMessage Mail(int n, string from = "payer@customer.example") => new()
    {
        Subject = $"Remittance advice {n}",
        From = from,
        To = ["ar@contoso.example"],
        Body = $"<p>We paid invoice INV-{n:0000}.</p>",
        BodyIsHtml = true,
    };

    /// <summary>A minimal pipeline: fetch, record, commit, until a batch comes back empty.</summary>
    public static async Task<List<IncomingMessage>> DrainAsync(IMailboxSource source, int maxBatches = 500)
    {
        var all = new List<IncomingMessage>();
        for (var i = 0; i < maxBatches; i++)
        {
            var batch = await source.FetchAsync(CancellationToken.None);
            all.AddRange(batch.Messages);
            await source.CommitAsync(batch, CancellationToken.None);
            if (batch.Messages.Count == 0)
            {
                return all;
            }
        }

        throw new InvalidOperationException("The source never ran dry.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Gates.Dispose();
        await Emulator.DisposeAsync();
    }
}

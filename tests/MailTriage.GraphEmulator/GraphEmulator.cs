using System.Net;
using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Faults;
using MailTriage.GraphEmulator.Http;
using MailTriage.GraphEmulator.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MailTriage.GraphEmulator;

/// <summary>
/// A Microsoft Graph v1.0 mail emulator on 127.0.0.1 (a free port), for tests that drive the real
/// <c>GraphServiceClient</c>. Add mailboxes and messages at any time; inject faults; read counters.
/// <code>
/// await using var graph = await GraphEmulator.StartAsync();
/// var ar = graph.AddMailbox("ar@contoso.example");
/// ar.AddMessage(new NewMessage { Subject = "Remittance", From = "payer@customer.example" });
/// // point the client at graph.BaseUrl
/// </code>
/// </summary>
public sealed class GraphEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;

    private GraphEmulator(WebApplication app, EmulatorState state)
    {
        _app = app;
        _state = state;
    }

    /// <summary>The base URL to give the Graph client, e.g. <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public string BaseUrl => _state.BaseUrl;

    public GraphEmulatorOptions Options => _state.Options;

    /// <summary>Random and scripted faults; see <see cref="FaultProfile"/> and <see cref="FaultInjector.FailNext"/>.</summary>
    public FaultInjector Faults => _state.Faults;

    public RequestCounters Counters => _state.Counters;

    /// <summary>Every mail accepted by sendMail, in order.</summary>
    public IReadOnlyList<SentMail> SentMail => _state.SentSnapshot();

    public static async Task<GraphEmulator> StartAsync(GraphEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new EmulatorState(options ?? new GraphEmulatorOptions());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var dispatcher = new HttpDispatcher(state);
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        state.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return new GraphEmulator(app, state);
    }

    /// <summary>Creates a mailbox with the well-known folders (inbox, sentitems, drafts, deleteditems, archive, junkemail).</summary>
    public EmulatedMailbox AddMailbox(string address, string? displayName = null)
    {
        lock (_state.Store.Sync)
        {
            _state.Store.CreateMailbox(address, displayName ?? address);
        }

        return new EmulatedMailbox(_state, address);
    }

    public EmulatedMailbox Mailbox(string address)
    {
        lock (_state.Store.Sync)
        {
            _ = _state.Store.FindMailbox(address) ?? throw new InvalidOperationException("No such mailbox: " + address);
        }

        return new EmulatedMailbox(_state, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

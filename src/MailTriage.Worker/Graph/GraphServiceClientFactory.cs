using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SdkClientFactory = Microsoft.Graph.GraphClientFactory;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> the worker shares across mailboxes, from validated
/// <see cref="GraphOptions"/>: the credential, the SDK's middleware with its retry handler switched off, and the
/// request timeout.
/// </summary>
public sealed class GraphServiceClientFactory(IOptions<GraphOptions> options)
{
    public GraphServiceClient Create()
    {
        var o = options.Value;
        var baseUri = new Uri(o.BaseUrl);
        var handlers = SdkClientFactory.CreateDefaultHandlers();

        // Retries happen in GraphCaller/GraphBatchRunner instead: there they wait through TimeProvider, honour the
        // per-mailbox concurrency and request budget, and are logged. SDK retries would bypass all three.
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(new RetryHandlerOption { MaxRetry = 0 });
            }
        }

        var transport = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        var http = SdkClientFactory.Create(handlers, finalHandler: transport);
        http.Timeout = o.RequestTimeout;
        return new GraphServiceClient(http, CreateAuthProvider(o, baseUri), o.BaseUrl);
    }

    internal static IAuthenticationProvider CreateAuthProvider(GraphOptions o, Uri baseUri)
    {
        if (o.Auth == GraphAuthMode.Emulator)
        {
            // Defence in depth: the validator already refuses this, but no-auth must never reach a real host.
            if (!GraphOptionsValidator.IsLoopback(baseUri))
            {
                throw new InvalidOperationException("Graph:Auth = Emulator is accepted only for a loopback Graph:BaseUrl.");
            }

            return new AnonymousAuthenticationProvider();
        }

        // Allowed hosts must name the configured host, or the provider silently sends no token (national clouds, proxies).
        var scope = $"{baseUri.Scheme}://{baseUri.Host}/.default";
        return new AzureIdentityAuthenticationProvider(GraphCredentials.Create(o), [baseUri.Host], null, true, [scope]);
    }
}

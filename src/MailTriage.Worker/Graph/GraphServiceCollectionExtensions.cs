using MailTriage.Worker.Mailboxes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace MailTriage.Worker.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Graph mailbox source: <see cref="GraphOptions"/> bound from "Graph" and validated at start-up,
    /// one shared <see cref="GraphServiceClient"/>, per-mailbox request gates and <see cref="GraphMailboxSourceFactory"/>.
    /// An <see cref="ISyncStateStore"/> must be registered separately (LiteDB in production).
    /// </summary>
    public static IServiceCollection AddGraphMailboxes(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphServiceClientFactory>();
        services.TryAddSingleton(sp => sp.GetRequiredService<GraphServiceClientFactory>().Create());
        services.TryAddSingleton<MailboxRequestGates>();
        services.TryAddSingleton<GraphMailboxSourceFactory>();
        return services;
    }
}

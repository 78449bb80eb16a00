using MailTriage.Routing.Persistence;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MailTriage.Worker.Storage;

/// <summary>Registers the LiteDB store and every repository it backs, as singletons over one database file.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, Func<IServiceProvider, LiteDbStoreOptions> options)
    {
        services.AddSingleton(sp => new LiteDbStore(options(sp)));
        services.AddSingleton<LiteDbDisputeRepository>();
        services.AddSingleton<IDisputeRepository>(sp => sp.GetRequiredService<LiteDbDisputeRepository>());
        services.AddSingleton<MailTriage.Routing.Linking.IDisputeLookup>(sp => sp.GetRequiredService<LiteDbDisputeRepository>());
        services.AddSingleton<IAssignmentRepository, LiteDbAssignmentRepository>();
        services.AddSingleton<ISlaStateRepository, LiteDbSlaStateRepository>();
        services.AddSingleton<IProcessedMessageStore, LiteDbProcessedMessageStore>();
        services.AddSingleton<ISyncStateStore, LiteDbSyncStateStore>();
        return services;
    }
}

using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Worker.Graph;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Models;
using MailTriage.Worker.Options;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Hosting;

/// <summary>The composition root: every adapter and domain service wired in one place (Program.cs stays a line).</summary>
public static class MailTriageServiceCollectionExtensions
{
    public static IServiceCollection AddMailTriage(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        services.AddOptions<MailTriageOptions>().BindConfiguration(MailTriageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailTriageOptions>, MailTriageOptionsValidator>();
        services.AddOptions<ActionOptions>().BindConfiguration(ActionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(mode);
        services.AddSingleton(TimeProvider.System);

        services.AddLiteDbStorage(sp => new LiteDbStoreOptions { Path = EnsureFolder(sp.GetRequiredService<IOptions<MailTriageOptions>>().Value.DatabasePath) });

        services.AddSingleton(sp => LoadMatrix(sp.GetRequiredService<IOptions<MailTriageOptions>>().Value.MatrixPath));
        services.AddSingleton(new DisputeLinker());
        services.AddSingleton<DisputeIntake>();
        services.AddSingleton<IDisputeDesk>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailTriageOptions>>().Value;
            var byName = new Dictionary<string, MailboxOptions>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in options.Mailboxes)
            {
                byName[m.Id] = m;
                byName[m.Address] = m;
            }

            return new RoutingDisputeDesk(
                sp.GetRequiredService<DisputeIntake>(),
                sp.GetRequiredService<ResolutionMatrix>(),
                sp.GetRequiredService<MailTriage.Routing.Persistence.ISlaStateRepository>(),
                byName);
        });

        services.AddSingleton(new MimeMessageReader());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailTriageOptions>>().Value;
            return TriageEngineLoader.Load(ModelFiles.ResolveFolder(options.ModelsPath), new DefaultMessageNormaliser(), new DefaultEntityExtractor(), options.IntentThreshold);
        });
        services.AddSingleton(sp => new OwnMailDetector(sp.GetRequiredService<IOptions<MailTriageOptions>>().Value.Mailboxes.Select(m => m.Address)));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ActionOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PipelineOptions>>().Value);
        services.AddSingleton<MessageProcessor>();

        var usesGraph = configuration.GetSection($"{MailTriageOptions.Section}:Mailboxes").GetChildren()
            .Any(c => string.Equals(c["Source"], nameof(MailboxSourceKind.Graph), StringComparison.OrdinalIgnoreCase));
        if (usesGraph)
        {
            services.AddGraphMailboxes();
        }

        services.AddSingleton<IReadOnlyList<IMailboxSource>>(sp => CreateSources(sp, usesGraph));
        services.AddSingleton<TriageCycle>();
        services.AddSingleton<SlaSweeper>();
        services.AddHostedService<MailboxPollingService>();
        services.AddSystemd();
        services.AddWindowsService();
        return services;
    }

    private static List<IMailboxSource> CreateSources(IServiceProvider sp, bool usesGraph)
    {
        var options = sp.GetRequiredService<IOptions<MailTriageOptions>>().Value;
        var sources = new List<IMailboxSource>();
        foreach (var m in options.Mailboxes)
        {
            sources.Add(m.Source switch
            {
                MailboxSourceKind.Local => new LocalFolderMailboxSource(m.Id, Path.GetFullPath(m.Path!), Path.GetFullPath(options.OutboxPath), m.Address),
                MailboxSourceKind.Graph when usesGraph => sp.GetRequiredService<GraphMailboxSourceFactory>().Create(m.Address, m.Folders),
                _ => throw new InvalidOperationException($"Mailbox '{m.Id}' has an unsupported source {m.Source}."),
            });
        }

        return sources;
    }

    private static ResolutionMatrix LoadMatrix(string path)
    {
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(MailTriageOptions.Section, typeof(MailTriageOptions), [$"{MailTriageOptions.Section}:MatrixPath: no file at {Path.GetFullPath(path)}."]);
        }

        var result = ResolutionMatrixLoader.Load(File.ReadAllText(path));
        if (result.Matrix is null)
        {
            var problems = result.Problems.Select(p => $"{MailTriageOptions.Section}:MatrixPath ({Path.GetFileName(path)}): {p}");
            throw new OptionsValidationException(MailTriageOptions.Section, typeof(MailTriageOptions), problems);
        }

        return result.Matrix;
    }

    private static string EnsureFolder(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}

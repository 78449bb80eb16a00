using MailTriage.Worker.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Hosting;

/// <summary>Builds and runs the generic host; a configuration mistake ends it with one line per problem, never a stack trace.</summary>
public static class WorkerHost
{
    public const int ConfigurationErrorExitCode = 3;

    public static IHost Build(string? configFile, IDictionary<string, string?>? overrides, RunMode mode, LogLevel minimumLevel, bool withDashboard = false)
    {
        // With the dashboard the worker is a web host: LiteDB lets one process own the database file, so the
        // pages must be served by the process that triages.
        IHostApplicationBuilder builder = withDashboard
            ? WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() })
            : Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables("MAILTRIAGE_");
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddMailTriage(builder.Configuration, mode);
        if (builder is not WebApplicationBuilder web)
        {
            return ((HostApplicationBuilder)builder).Build();
        }

        var dashboard = DashboardFrom(builder.Configuration);
        if (DashboardBinding.Check(dashboard.Urls, dashboard.ApiKey) is { } problem)
        {
            throw new OptionsValidationException("Dashboard", typeof(DashboardOptions), [$"Dashboard:Urls: {problem}"]);
        }

        web.WebHost.UseUrls(dashboard.Urls);
        web.Services.AddMailTriageDashboard(dashboard);
        var app = web.Build();
        app.UseMailTriageDashboard(dashboard);
        return app;
    }

    private static DashboardOptions DashboardFrom(IConfiguration configuration)
    {
        var triage = configuration.GetSection(MailTriage.Worker.Options.MailTriageOptions.Section);
        var database = triage["DatabasePath"] ?? new MailTriage.Worker.Options.MailTriageOptions().DatabasePath;
        return new DashboardOptions
        {
            Urls = configuration["Dashboard:Urls"] ?? "http://127.0.0.1:5080",
            ApiKey = configuration["Dashboard:ApiKey"],
            DatabasePath = Path.GetFullPath(database),
            MatrixPath = Path.GetFullPath(triage["MatrixPath"] ?? new MailTriage.Worker.Options.MailTriageOptions().MatrixPath),
            MailboxesPath = configuration["Dashboard:MailboxesPath"],
        };
    }

    /// <summary>Starts the host and waits for it to stop; returns a process exit code.</summary>
    public static async Task<int> RunAsync(IHost host, CancellationToken ct)
    {
        try
        {
            Preflight(host.Services);

            // Start/wait rather than RunAsync: the caller owns disposal and may still read the store afterwards.
            await host.StartAsync(ct);
            await host.WaitForShutdownAsync(ct);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            return ReportConfigurationErrors(ex);
        }
        catch (FileNotFoundException ex) when (ex.Message.Contains("train", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Configuration error: {ex.Message}");
            return ConfigurationErrorExitCode;
        }
    }

    /// <summary>One line per configuration problem on stderr; returns the configuration-error exit code.</summary>
    public static int ReportConfigurationErrors(OptionsValidationException ex)
    {
        foreach (var failure in ex.Failures)
        {
            Console.Error.WriteLine($"Configuration error: {failure}");
        }

        return ConfigurationErrorExitCode;
    }

    /// <summary>
    /// Resolves every validated option and start-up dependency before the host starts, so a bad configuration is
    /// reported here as one line per problem instead of being logged by the host with a stack trace.
    /// </summary>
    private static void Preflight(IServiceProvider services)
    {
        _ = services.GetRequiredService<IOptions<MailTriage.Worker.Options.MailTriageOptions>>().Value;
        _ = services.GetRequiredService<IOptions<MailTriage.Worker.Options.ActionOptions>>().Value;
        _ = services.GetRequiredService<IOptions<MailTriage.Worker.Options.PipelineOptions>>().Value;
        _ = services.GetRequiredService<IOptions<MailTriage.Worker.Graph.GraphOptions>>().Value;
        _ = services.GetRequiredService<MailTriage.Routing.Matrix.ResolutionMatrix>();
        _ = services.GetRequiredService<MailTriage.Classifier.Triage.TriageEngine>();
        _ = services.GetRequiredService<IReadOnlyList<MailTriage.Worker.Mailboxes.IMailboxSource>>();
    }

}

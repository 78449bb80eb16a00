using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Worker.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MailTriage.Worker.Dashboard;

/// <summary>A start-up problem the dashboard reports as one line instead of starting unsafely.</summary>
public sealed class DashboardConfigurationException(string message) : Exception(message);

/// <summary>
/// The standalone dashboard host (`mailtriage dashboard`): its own store and matrix, Kestrel on the configured URLs.
/// Tests pass <c>configure</c> to swap in a test server or a fake clock.
/// </summary>
public static class DashboardApp
{
    public static WebApplication Build(DashboardOptions options, TimeProvider time, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (DashboardBinding.Check(options.Urls, options.ApiKey) is { } problem)
        {
            throw new DashboardConfigurationException(problem);
        }

        if (!File.Exists(options.DatabasePath))
        {
            throw new DashboardConfigurationException($"No database at {Path.GetFullPath(options.DatabasePath)}.");
        }

        var loaded = ResolutionMatrixLoader.Load(File.ReadAllText(options.MatrixPath));
        if (loaded.Matrix is null)
        {
            throw new DashboardConfigurationException($"{options.MatrixPath}: {string.Join("; ", loaded.Problems)}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(time);
        builder.Services.AddLiteDbStorage(_ => new LiteDbStoreOptions { Path = Path.GetFullPath(options.DatabasePath) });
        builder.Services.AddSingleton(loaded.Matrix);
        builder.Services.AddSingleton(new DisputeLinker());
        builder.Services.AddSingleton<DisputeIntake>();
        builder.Services.AddMailTriageDashboard(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMailTriageDashboard(options);
        return app;
    }
}

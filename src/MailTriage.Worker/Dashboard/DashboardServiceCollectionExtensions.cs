using MailTriage.Classifier.Mime;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Reports;
using MailTriage.Worker.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// Registers and mounts the dashboard on a host that already has the store, the matrix, the dispute intake and a
/// <see cref="TimeProvider"/> (the standalone <see cref="DashboardApp"/>, or the worker's own host next to `run`).
/// </summary>
public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddMailTriageDashboard(this IServiceCollection services, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<DisputeReadModel>();
        services.AddSingleton<DisputeDetailReader>();
        services.AddSingleton<DisputeWorkflow>();
        services.AddSingleton<IReviewCorrectionStore, LiteDbReviewCorrectionStore>();
        services.AddSingleton(sp => new MailBodyLocator(options.MailboxesPath, new MimeMessageReader()));
        services.AddSingleton<ReviewQueue>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mailtriage.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__mt_token";
        });
        return services;
    }

    /// <summary>Security headers and the key check run before any page, then the routes.</summary>
    public static WebApplication UseMailTriageDashboard(this WebApplication app, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.Use(SecurityHeaders.Apply);
        app.Use(new ApiKeyGate(options.ApiKey).Apply);
        app.MapDashboard();
        return app;
    }
}

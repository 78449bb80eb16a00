using System.Net;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Graph;

/// <summary>Start-up validation of <see cref="GraphOptions"/>: each failure names the configuration key to fix.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var errors = new List<string>();
        var baseUri = ValidateBaseUrl(options, errors);
        ValidateAuth(options, baseUri, errors);
        Range(errors, "PageSize", options.PageSize, 1, 1000);
        Range(errors, "MaxConcurrentRequestsPerMailbox", options.MaxConcurrentRequestsPerMailbox, 1, 4);
        Range(errors, "RequestBudget", options.RequestBudget, 40, 1_000_000);
        Range(errors, "MaxRetries", options.MaxRetries, 0, 20);
        Range(errors, "BatchSize", options.BatchSize, 2, 20);
        Positive(errors, "RequestBudgetWindow", options.RequestBudgetWindow);
        Positive(errors, "RequestTimeout", options.RequestTimeout);
        Positive(errors, "MaxRetryDelay", options.MaxRetryDelay);
        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            errors.Add($"{Key("RetryBaseDelay")} must not be negative (got {options.RetryBaseDelay}).");
        }

        if (options.MaxAttachmentBytes < 0)
        {
            errors.Add($"{Key("MaxAttachmentBytes")} must not be negative (got {options.MaxAttachmentBytes}).");
        }

        if (options.InitialSyncWindow is { } window && window <= TimeSpan.Zero)
        {
            errors.Add($"{Key("InitialSyncWindow")} must be a positive duration such as \"30.00:00:00\", or unset (got {window}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static Uri? ValidateBaseUrl(GraphOptions options, List<string> errors)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{Key("BaseUrl")} must be an absolute http(s) URL such as https://graph.microsoft.com/v1.0 (got '{options.BaseUrl}').");
            return null;
        }

        // The SDK builds $batch step URLs by cutting exactly five characters ("/v1.0" or "/beta") off the path.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (!path.Equals("/v1.0", StringComparison.OrdinalIgnoreCase) && !path.Equals("/beta", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Key("BaseUrl")} must have the path /v1.0 (or /beta) right after the host (got '{options.BaseUrl}').");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            errors.Add($"{Key("BaseUrl")} must use https unless it is a loopback address (got '{options.BaseUrl}').");
        }

        return uri;
    }

    private static void ValidateAuth(GraphOptions options, Uri? baseUri, List<string> errors)
    {
        switch (options.Auth)
        {
            case GraphAuthMode.Emulator when baseUri is not null && !IsLoopback(baseUri):
                errors.Add($"{Key("Auth")} = Emulator sends no credentials and is accepted only when {Key("BaseUrl")} is a loopback address " +
                           $"(127.0.0.1, [::1] or localhost); got '{options.BaseUrl}'. Choose ClientSecret, ClientCertificate, ManagedIdentity, " +
                           "WorkloadIdentity or DefaultAzureCredential for a real tenant.");
                break;
            case GraphAuthMode.ClientSecret:
                Required(errors, "TenantId", options.TenantId, "ClientSecret");
                Required(errors, "ClientId", options.ClientId, "ClientSecret");
                Required(errors, "ClientSecret", options.ClientSecret, "ClientSecret");
                break;
            case GraphAuthMode.ClientCertificate:
                Required(errors, "TenantId", options.TenantId, "ClientCertificate");
                Required(errors, "ClientId", options.ClientId, "ClientCertificate");
                Required(errors, "CertificatePath", options.CertificatePath, "ClientCertificate");
                if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
                {
                    errors.Add($"{Key("CertificatePath")} points to a file that does not exist: '{options.CertificatePath}'.");
                }

                break;
            case GraphAuthMode.Emulator:
            case GraphAuthMode.DefaultAzureCredential:
            case GraphAuthMode.ManagedIdentity:
            case GraphAuthMode.WorkloadIdentity:
                break;
            default:
                errors.Add($"{Key("Auth")} has an unknown value '{options.Auth}'.");
                break;
        }
    }

    private static void Required(List<string> errors, string key, string? value, string mode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{Key(key)} is required when {Key("Auth")} = {mode}.");
        }
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Key(key)} must be between {min} and {max} (got {value}).");
        }
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Key(key)} must be a positive duration such as \"00:00:30\" (got {value}).");
        }
    }

    private static string Key(string property) => $"{GraphOptions.Section}:{property}";
}

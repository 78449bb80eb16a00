using System.Net;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// Start-up rule for where the dashboard may listen: on loopback anyone on the machine is already trusted; anywhere
/// else mail content and dispute actions would be open to the network, so a key must be configured.
/// </summary>
public static class DashboardBinding
{
    /// <summary>Null when the binding is acceptable, else the reason the dashboard refuses to start.</summary>
    public static string? Check(string urls, string? apiKey)
    {
        var list = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            return "No URL to listen on; set --urls (e.g. http://127.0.0.1:5080).";
        }

        var exposed = list.Where(u => !IsLoopback(u)).ToArray();
        if (exposed.Length > 0 && string.IsNullOrWhiteSpace(apiKey))
        {
            return $"Refusing to listen on {string.Join(", ", exposed)} without authentication: set an API key (--api-key or MAILTRIAGE_DASHBOARD_API_KEY, sent by your reverse proxy in the {DashboardOptions.ApiKeyHeader} header) or bind to 127.0.0.1.";
        }

        if (!string.IsNullOrWhiteSpace(apiKey) && apiKey.Trim().Length < 16)
        {
            return "The dashboard API key is too short; use at least 16 characters.";
        }

        return null;
    }

    public static bool IsLoopback(string url)
    {
        // "http://*:80" and "http://+:80" are not URIs the parser accepts as hosts; they mean every interface.
        if (!Uri.TryCreate(url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}

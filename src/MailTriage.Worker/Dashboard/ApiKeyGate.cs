using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MailTriage.Worker.Dashboard;

/// <summary>When a key is configured, every request must carry it; compared in constant time so it cannot be guessed byte by byte.</summary>
public sealed class ApiKeyGate(string? apiKey)
{
    private readonly byte[]? _key = string.IsNullOrWhiteSpace(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey.Trim());

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_key is not null)
        {
            var sent = Encoding.UTF8.GetBytes(context.Request.Headers[DashboardOptions.ApiKeyHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(sent, _key))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync($"Missing or wrong {DashboardOptions.ApiKeyHeader} header.");
                return;
            }
        }

        await next();
    }
}

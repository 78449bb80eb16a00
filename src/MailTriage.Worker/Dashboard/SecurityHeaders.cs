using Microsoft.AspNetCore.Http;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// Headers on every response. The page is built from untrusted mail, so even if an encoding slip let markup through,
/// the Content-Security-Policy stops it from running: no inline script (script-src 'self' and the pages ship none),
/// no inline styles, no plugins, no framing, forms post only back here.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next();
    }
}

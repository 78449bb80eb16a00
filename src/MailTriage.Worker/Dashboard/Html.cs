using System.Globalization;
using System.Net;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// The one way text gets into a page. Subjects, names, bodies, invoice numbers: all of it came from mail and is
/// encoded here; pages never concatenate raw strings into markup.
/// </summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string E(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A query-string value (the result is still HTML-encoded when placed in an attribute).</summary>
    public static string Q(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>Only same-site paths are followed after a post, so a crafted form cannot redirect elsewhere.</summary>
    public static string LocalPath(string? path) =>
        path is { Length: > 0 } p && p[0] == '/' && !p.StartsWith("//", StringComparison.Ordinal) && !p.StartsWith("/\\", StringComparison.Ordinal) ? p : "/";
}

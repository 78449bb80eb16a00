using System.Text;
using MailTriage.Worker.Reports;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>The page shell: navigation, one stylesheet, no script.</summary>
public static class Layout
{
    public static string Page(string title, string active, Instant now, string body, string? flash = null, bool flashOk = true)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(Html.E(title)).Append(" · MailTriage</title>");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(DashboardCss.Path).Append("\"></head><body>");
        html.Append("<header class=\"top\"><span class=\"brand\">MailTriage</span>");
        foreach (var (href, name) in new[] { ("/", "Manager"), ("/owner", "Owner"), ("/review", "Review queue") })
        {
            html.Append("<a href=\"").Append(href).Append('"').Append(name == active ? " class=\"here\"" : "").Append('>').Append(name).Append("</a>");
        }

        html.Append("</header><main>");
        if (!string.IsNullOrEmpty(flash))
        {
            html.Append("<div class=\"flash ").Append(flashOk ? "ok" : "refused").Append("\" role=\"status\">").Append(Html.E(flash)).Append("</div>");
        }

        html.Append("<h1>").Append(Html.E(title)).Append("</h1><p class=\"asof\">as of ").Append(Html.E(SlaText.Utc(now))).Append("</p>");
        html.Append(body);
        html.Append("</main></body></html>");
        return html.ToString();
    }
}

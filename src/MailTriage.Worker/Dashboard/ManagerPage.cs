using System.Text;
using MailTriage.Worker.Reports;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// The AR manager's view: what is late or about to be (sorted by breach), how old the open work is in business days,
/// who carries it, why customers dispute, who keeps disputing for the same reason, and what each mailbox receives.
/// Built from the same rows as `report` and `export`, so the numbers agree.
/// </summary>
public static class ManagerPage
{
    public static readonly Duration Soon = Duration.FromHours(24);

    public static string Render(IReadOnlyList<DisputeRow> rows, IReadOnlyList<MailboxTraffic> traffic, int pendingReview, Instant now)
    {
        var open = rows.Where(r => r.IsOpen).ToArray();
        var late = open.Where(r => r.IsOverdue || (r.NextDueAt is { } d && d <= now + Soon)).OrderBy(r => r.NextDueAt ?? Instant.MaxValue).ToArray();
        var overdue = open.Count(r => r.IsOverdue);
        var soon = late.Length - overdue;
        var html = new StringBuilder();

        html.Append("<section class=\"kpis\">");
        Kpi(html, "open", "open disputes", open.Length, "");
        Kpi(html, "overdue", "overdue", overdue, overdue > 0 ? "bad" : "");
        Kpi(html, "due-soon", "due within 24 h", soon, soon > 0 ? "warn" : "");
        Kpi(html, "escalated", "escalated", open.Count(r => r.EscalationLevel > 0), "");
        Kpi(html, "needs-review", "messages to review", pendingReview, "");
        html.Append("</section>");

        html.Append("<h2>Overdue and due within 24 hours</h2><table id=\"late\"><thead><tr><th>case</th><th>SLA</th><th>due</th><th>customer</th><th>subject</th><th>reason</th><th>owner</th><th>team</th><th class=\"num\">amount</th></tr></thead><tbody>");
        foreach (var r in late)
        {
            html.Append("<tr data-dispute=\"").Append(Html.E(r.Id.Value)).Append("\"><td><a href=\"/disputes/").Append(Html.E(Html.Q(r.Id.Value))).Append("\">").Append(Html.E(r.Id.Value)).Append("</a></td>")
                .Append("<td class=\"").Append(r.IsOverdue ? "overdue" : "soon").Append("\">").Append(Html.E(SlaText.Countdown(r, now))).Append("</td>")
                .Append("<td>").Append(Html.E(SlaText.Utc(r.NextDueAt))).Append("</td>")
                .Append("<td>").Append(Html.E(r.CustomerLabel)).Append("</td>")
                .Append("<td>").Append(Html.E(r.Subject)).Append("</td>")
                .Append("<td>").Append(Html.E(r.Reason)).Append("</td>")
                .Append("<td><a href=\"/owner?email=").Append(Html.E(Html.Q(r.OwnerEmail))).Append("\">").Append(Html.E(r.OwnerLabel)).Append("</a></td>")
                .Append("<td>").Append(Html.E(r.TeamId)).Append("</td>")
                .Append("<td class=\"num\">").Append(Html.E(MoneyTotals.Format(r.Amount, r.Currency))).Append("</td></tr>");
        }

        if (late.Length == 0)
        {
            html.Append("<tr><td colspan=\"9\">Nothing overdue or due within 24 hours.</td></tr>");
        }

        html.Append("</tbody></table><div class=\"grid\">");

        var aging = AgingReport.Build(rows);
        html.Append("<section class=\"panel\"><h2>Aging of open disputes (business days)</h2>")
            .Append(SvgBarChart.Render("Open disputes by age in business days", [.. aging.Select(b => new Bar(b.Label, b.Count, b.FromDays >= 5))]))
            .Append("<table id=\"aging\"><thead><tr><th>age</th><th class=\"num\">open</th><th class=\"num\">overdue</th><th class=\"num\">amount</th></tr></thead><tbody>");
        foreach (var b in aging)
        {
            html.Append("<tr data-bucket=\"").Append(Html.E(b.FromDays)).Append("\"><td>").Append(Html.E(b.Label)).Append("</td><td class=\"num\" data-count>").Append(Html.E(b.Count))
                .Append("</td><td class=\"num\">").Append(Html.E(b.Overdue)).Append("</td><td class=\"num\">").Append(Html.E(b.Amount.ToString())).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");

        var owners = WorkloadReport.ByOwner(rows, now, Soon);
        html.Append("<section class=\"panel\"><h2>Workload per owner</h2>")
            .Append(SvgBarChart.Render("Open disputes per owner", [.. owners.Select(l => new Bar(l.Owner ?? "(unassigned)", l.Open, l.Overdue > 0))]))
            .Append("<table id=\"workload\"><thead><tr><th>owner</th><th>team</th><th class=\"num\">open</th><th class=\"num\">overdue</th><th class=\"num\">due &lt;24h</th><th class=\"num\">oldest (bd)</th></tr></thead><tbody>");
        foreach (var l in owners)
        {
            html.Append("<tr data-owner=\"").Append(Html.E(l.OwnerEmail ?? "")).Append("\"><td><a href=\"/owner?email=").Append(Html.E(Html.Q(l.OwnerEmail))).Append("\">").Append(Html.E(l.Owner)).Append("</a></td><td>")
                .Append(Html.E(l.TeamId)).Append("</td><td class=\"num\" data-open>").Append(Html.E(l.Open)).Append("</td><td class=\"num\" data-overdue>").Append(Html.E(l.Overdue))
                .Append("</td><td class=\"num\">").Append(Html.E(l.DueSoon)).Append("</td><td class=\"num\">").Append(Html.E(SlaText.Days(l.OldestBusinessDays))).Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Per team</h2><table id=\"teams\"><thead><tr><th>team</th><th class=\"num\">open</th><th class=\"num\">overdue</th><th class=\"num\">due &lt;24h</th><th class=\"num\">amount</th></tr></thead><tbody>");
        foreach (var l in WorkloadReport.ByTeam(rows, now, Soon))
        {
            html.Append("<tr data-team=\"").Append(Html.E(l.TeamId)).Append("\"><td>").Append(Html.E(l.TeamId)).Append("</td><td class=\"num\">").Append(Html.E(l.Open)).Append("</td><td class=\"num\">")
                .Append(Html.E(l.Overdue)).Append("</td><td class=\"num\">").Append(Html.E(l.DueSoon)).Append("</td><td class=\"num\">").Append(Html.E(l.Amount.ToString())).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");

        var reasons = ReasonReport.TopReasons(rows);
        html.Append("<section class=\"panel\"><h2>Top reasons (all disputes)</h2>")
            .Append(SvgBarChart.Render("Disputes per reason", [.. reasons.Select(l => new Bar(l.Reason, l.Total))]))
            .Append("<h2>Repeat offenders (customer × reason)</h2><table id=\"repeat\"><thead><tr><th>customer</th><th>reason</th><th class=\"num\">disputes</th><th class=\"num\">open</th><th>first</th><th>last</th></tr></thead><tbody>");
        var repeats = ReasonReport.RepeatOffenders(rows);
        foreach (var o in repeats)
        {
            html.Append("<tr><td>").Append(Html.E(o.Customer)).Append("</td><td>").Append(Html.E(o.Reason)).Append("</td><td class=\"num\">").Append(Html.E(o.Count)).Append("</td><td class=\"num\">")
                .Append(Html.E(o.Open)).Append("</td><td>").Append(Html.E(SlaText.Utc(o.FirstOpened))).Append("</td><td>").Append(Html.E(SlaText.Utc(o.LastOpened))).Append("</td></tr>");
        }

        if (repeats.Count == 0)
        {
            html.Append("<tr><td colspan=\"6\">No customer has disputed the same reason twice.</td></tr>");
        }

        html.Append("</tbody></table></section>");

        html.Append("<section class=\"panel\"><h2>Mailbox traffic by intent</h2>")
            .Append(SvgBarChart.Render("Messages per mailbox and intent", [.. traffic.Select(t => new Bar($"{t.MailboxId} · {t.Intent}", t.Messages))]))
            .Append("<table id=\"traffic\"><thead><tr><th>mailbox</th><th>intent</th><th class=\"num\">messages</th><th class=\"num\">needs review</th></tr></thead><tbody>");
        foreach (var t in traffic)
        {
            html.Append("<tr><td>").Append(Html.E(t.MailboxId)).Append("</td><td>").Append(Html.E(t.Intent)).Append("</td><td class=\"num\">").Append(Html.E(t.Messages))
                .Append("</td><td class=\"num\">").Append(Html.E(t.NeedsReview)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section></div>");
        return Layout.Page("Disputes overview", "Manager", now, html.ToString());
    }

    private static void Kpi(StringBuilder html, string key, string label, int value, string tone) =>
        html.Append("<div class=\"kpi ").Append(tone).Append("\"><span class=\"n\" data-kpi=\"").Append(key).Append("\">").Append(Html.E(value)).Append("</span><span class=\"l\">").Append(Html.E(label)).Append("</span></div>");
}

using System.Text;
using MailTriage.Worker.Reports;
using MailTriage.Worker.Review;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>One open dispute as its owner works it: facts, the customer's mail, and what can be done now.</summary>
public sealed record OwnerCase(DisputeDetail Detail, OriginalMail? Mail);

/// <summary>
/// The dispute owner's view: their open cases, most urgent first, with the original mail (as text), the invoices and
/// amounts extracted from it, the SLA countdown, and the state machine's allowed actions as buttons.
/// </summary>
public static class OwnerPage
{
    public static string Pick(IReadOnlyList<(string Name, string Email, int Open)> owners, Instant now)
    {
        var html = new StringBuilder("<p>Choose whose disputes to show.</p><table id=\"owners\"><thead><tr><th>owner</th><th>e-mail</th><th class=\"num\">open</th></tr></thead><tbody>");
        foreach (var (name, email, open) in owners)
        {
            html.Append("<tr><td><a href=\"/owner?email=").Append(Html.E(Html.Q(email))).Append("\">").Append(Html.E(name)).Append("</a></td><td>").Append(Html.E(email))
                .Append("</td><td class=\"num\">").Append(Html.E(open)).Append("</td></tr>");
        }

        return Layout.Page("My disputes", "Owner", now, html.Append("</tbody></table>").ToString());
    }

    public static string Render(string ownerEmail, IReadOnlyList<OwnerCase> cases, AntiforgeryTokenSet tokens, Instant now, string? flash, bool flashOk)
    {
        var html = new StringBuilder();
        var overdue = cases.Count(c => c.Detail.Row.IsOverdue);
        html.Append("<p class=\"meta\">").Append(Html.E(ownerEmail)).Append(": <span data-kpi=\"my-open\">").Append(Html.E(cases.Count)).Append("</span> open, <span data-kpi=\"my-overdue\">")
            .Append(Html.E(overdue)).Append("</span> overdue.</p>");
        var returnTo = "/owner?email=" + Html.Q(ownerEmail);
        foreach (var c in cases)
        {
            var r = c.Detail.Row;
            html.Append("<section class=\"case\" data-dispute=\"").Append(Html.E(r.Id.Value)).Append("\"><h2><a href=\"/disputes/").Append(Html.E(Html.Q(r.Id.Value))).Append("\">")
                .Append(Html.E(r.Id.Value)).Append("</a> · <span class=\"subject\">").Append(Html.E(r.Subject)).Append("</span></h2>");
            html.Append("<p class=\"meta\">").Append(Html.E(r.CustomerLabel)).Append(" · ").Append(Html.E(r.Reason)).Append(" · <span data-state>").Append(Html.E(r.State.ToString()))
                .Append("</span> · ").Append(Html.E(r.Priority.ToString())).Append(" priority · opened ").Append(Html.E(SlaText.Days(r.AgeBusinessDays))).Append(" business days ago</p>");
            html.Append("<p><strong class=\"").Append(r.IsOverdue ? "overdue" : "").Append("\" data-sla>").Append(Html.E(SlaText.Countdown(r, now))).Append("</strong> (due ")
                .Append(Html.E(SlaText.Utc(r.NextDueAt))).Append(")</p>");
            html.Append("<table><tbody><tr><th>invoices</th><td data-invoices>").Append(Html.E(string.Join(", ", r.InvoiceNumbers))).Append("</td></tr>")
                .Append("<tr><th>disputed amount</th><td data-amount>").Append(Html.E(MoneyTotals.Format(r.Amount, r.Currency))).Append("</td></tr>")
                .Append("<tr><th>amounts in mail</th><td>").Append(Html.E(string.Join(", ", c.Detail.Messages.SelectMany(m => m.Amounts).Distinct()))).Append("</td></tr></tbody></table>");
            if (c.Mail is { } mail)
            {
                html.Append("<details><summary>Original mail from ").Append(Html.E(mail.From)).Append("</summary><pre class=\"mail\">").Append(Html.E(mail.Body)).Append("</pre></details>");
            }

            html.Append(ActionForms.Render(r.Id, c.Detail.Allowed, ownerEmail, returnTo, tokens)).Append("</section>");
        }

        if (cases.Count == 0)
        {
            html.Append("<p>No open disputes.</p>");
        }

        return Layout.Page("My disputes", "Owner", now, html.ToString(), flash, flashOk);
    }
}

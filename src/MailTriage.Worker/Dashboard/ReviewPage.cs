using System.Globalization;
using System.Text;
using MailTriage.Classifier.Intent;
using MailTriage.Worker.Review;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// The analyst's queue: messages the model was unsure about, its top guess, the mail itself (as text), and a form to
/// confirm or correct the intent and dispute reason. Verdicts become training data (see /review/corrections.jsonl).
/// </summary>
public static class ReviewPage
{
    public static string Render(IReadOnlyList<(ReviewItem Item, OriginalMail? Mail)> pending, IReadOnlyList<ReviewItem> reviewed, AntiforgeryTokenSet tokens, Instant now, string? flash, bool flashOk)
    {
        var html = new StringBuilder();
        html.Append("<p class=\"meta\"><span data-kpi=\"pending\">").Append(Html.E(pending.Count)).Append("</span> waiting, <span data-kpi=\"reviewed\">").Append(Html.E(reviewed.Count))
            .Append("</span> reviewed. <a href=\"/review/corrections.jsonl\">Download corrections as training JSONL</a> (save under models/training/ and run <code>mailtriage train</code>).</p>");
        foreach (var (item, mail) in pending)
        {
            var m = item.Message;
            html.Append("<section class=\"case\" data-message=\"").Append(Html.E(item.Key)).Append("\"><h2 class=\"subject\">").Append(Html.E(m.Subject ?? "(no subject)")).Append("</h2>");
            html.Append("<p class=\"meta\">").Append(Html.E(m.MailboxId)).Append(" · from ").Append(Html.E(mail?.From ?? m.SenderDomain)).Append(" · ").Append(Html.E(m.Language))
                .Append(" · seen ").Append(Html.E(m.FirstSeenAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p>");
            html.Append("<p>Model's top guess: <strong data-guess>").Append(Html.E(m.Label ?? "(none)")).Append("</strong> at ")
                .Append(Html.E(m.Confidence.ToString("0.00", CultureInfo.InvariantCulture))).Append(" confidence")
                .Append(m.DisputeReason is null ? "" : " · reason " + Html.E(m.DisputeReason)).Append(m.State == MailTriage.Worker.Pipeline.ProcessingState.Parked ? " · parked: " + Html.E(m.Reason) : "").Append("</p>");
            if (m.TopIntents.Count > 1)
            {
                html.Append("<p>Top guesses: <span data-guesses>").Append(Html.E(string.Join(" · ", m.TopIntents))).Append("</span></p>");
            }

            html.Append("<p>Invoices: ").Append(Html.E(string.Join(", ", m.InvoiceNumbers))).Append(" · amounts: ").Append(Html.E(string.Join(", ", m.Amounts))).Append("</p>");
            if (mail is not null)
            {
                html.Append("<details><summary>Mail text</summary><pre class=\"mail\">").Append(Html.E(mail.Body)).Append("</pre></details>");
            }

            html.Append("<form class=\"verdict\" method=\"post\" action=\"/review\">")
                .Append("<input type=\"hidden\" name=\"").Append(Html.E(tokens.FormFieldName)).Append("\" value=\"").Append(Html.E(tokens.RequestToken)).Append("\">")
                .Append("<input type=\"hidden\" name=\"mailbox\" value=\"").Append(Html.E(m.MailboxId)).Append("\">")
                .Append("<input type=\"hidden\" name=\"source\" value=\"").Append(Html.E(m.SourceId)).Append("\">")
                .Append("<label>intent <select name=\"label\">").Append(Options(IntentLabels.All, m.Label)).Append("</select></label>")
                .Append("<label>reason <select name=\"reason\"><option value=\"\">(not a dispute)</option>").Append(Options(DisputeReasons.All, m.DisputeReason)).Append("</select></label>")
                .Append("<input type=\"email\" name=\"analyst\" placeholder=\"your e-mail\" required>")
                .Append("<button type=\"submit\">Save verdict</button></form></section>");
        }

        if (pending.Count == 0)
        {
            html.Append("<p>Nothing waiting for review.</p>");
        }

        html.Append("<h2>Reviewed</h2><table id=\"reviewed\"><thead><tr><th>mailbox</th><th>subject</th><th>model said</th><th>analyst said</th><th>by</th></tr></thead><tbody>");
        foreach (var item in reviewed)
        {
            var c = item.Correction!;
            html.Append("<tr data-message=\"").Append(Html.E(item.Key)).Append("\"><td>").Append(Html.E(c.MailboxId)).Append("</td><td>").Append(Html.E(c.Subject)).Append("</td><td>")
                .Append(Html.E(Describe(c.PredictedLabel, c.PredictedReason))).Append("</td><td data-verdict>").Append(Html.E(Describe(c.Label, c.DisputeReason)))
                .Append(c.Confirmed ? " (confirmed)" : " (corrected)").Append("</td><td>").Append(Html.E(c.Analyst)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return Layout.Page("Review queue", "Review queue", now, html.ToString(), flash, flashOk);
    }

    private static string Describe(string? label, string? reason) => reason is null ? label ?? "-" : $"{label} / {reason}";

    private static string Options(IEnumerable<string> values, string? selected)
    {
        var html = new StringBuilder();
        foreach (var v in values)
        {
            html.Append("<option value=\"").Append(Html.E(v)).Append('"').Append(v == selected ? " selected" : "").Append('>').Append(Html.E(v)).Append("</option>");
        }

        return html.ToString();
    }
}

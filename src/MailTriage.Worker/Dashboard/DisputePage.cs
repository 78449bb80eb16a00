using System.Text;
using MailTriage.Worker.Reports;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>One dispute: facts, every SLA clock, allowed actions and the full audit timeline.</summary>
public static class DisputePage
{
    public static string Render(DisputeDetail d, AntiforgeryTokenSet tokens, Instant now, string? flash, bool flashOk)
    {
        var r = d.Row;
        var html = new StringBuilder();
        html.Append("<p class=\"meta\"><span class=\"subject\">").Append(Html.E(r.Subject)).Append("</span></p><table id=\"facts\"><tbody>");
        void Row(string k, string? v, string attr = "") => html.Append("<tr><th>").Append(Html.E(k)).Append("</th><td").Append(attr).Append('>').Append(Html.E(v)).Append("</td></tr>");
        Row("state", r.State.ToString(), " data-state");
        Row("customer", r.CustomerLabel);
        Row("reason", r.Reason);
        Row("invoices", string.Join(", ", r.InvoiceNumbers));
        Row("amount", MoneyTotals.Format(r.Amount, r.Currency));
        Row("owner", $"{r.OwnerLabel} <{r.OwnerEmail}> · team {r.TeamId}");
        Row("SLA", SlaText.Countdown(r, now), " data-sla");
        Row("age", $"{SlaText.Days(r.AgeBusinessDays)} business days");
        Row("credit memo", d.CreditMemoNumber ?? "-");
        html.Append("</tbody></table><h2>Actions</h2>");
        html.Append(ActionForms.Render(r.Id, d.Allowed, actor: null, "/disputes/" + Html.Q(r.Id.Value), tokens));

        html.Append("<h2>SLA clocks</h2><table id=\"clocks\"><thead><tr><th>clock</th><th>run</th><th>phase</th><th>due</th></tr></thead><tbody>");
        foreach (var c in new[] { d.Sla.Acknowledge, d.Sla.Resolve }.Concat(d.Sla.Responses))
        {
            html.Append("<tr><td>").Append(Html.E(c.Kind.ToString())).Append("</td><td>").Append(Html.E(c.Run.ToString())).Append("</td><td>").Append(Html.E(c.Phase.ToString()))
                .Append("</td><td>").Append(Html.E(SlaText.Utc(c.DueAt))).Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Timeline</h2><table id=\"timeline\"><thead><tr><th>#</th><th>at</th><th>event</th><th>by</th><th>state</th><th>note</th></tr></thead><tbody>");
        foreach (var e in d.Timeline)
        {
            html.Append("<tr data-seq=\"").Append(Html.E(e.Sequence)).Append("\" data-kind=\"").Append(Html.E(e.Kind.ToString())).Append("\"><td>").Append(Html.E(e.Sequence)).Append("</td><td>")
                .Append(Html.E(SlaText.Utc(e.At))).Append("</td><td>").Append(Html.E(e.Kind.ToString())).Append("</td><td>").Append(Html.E($"{e.Actor} ({e.ActorKind})"))
                .Append("</td><td>").Append(Html.E(e.From == e.To ? e.To.ToString() : $"{e.From} → {e.To}")).Append("</td><td>").Append(Html.E(e.Reason)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return Layout.Page($"Dispute {r.Id.Value}", "", now, html.ToString(), flash, flashOk);
    }
}

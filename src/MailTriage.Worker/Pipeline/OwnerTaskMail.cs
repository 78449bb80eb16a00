using System.Globalization;
using System.Net;
using System.Text;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Pipeline;

/// <summary>
/// The task mail a dispute owner receives. Everything from the customer's mail is HTML-encoded: mail content
/// is untrusted. Labels come in English and Spanish so one template serves every region.
/// </summary>
public static class OwnerTaskMail
{
    public static OutgoingMail Compose(DisputeIntakeResult dispute, TriageResult triage, MailMessageFacts facts, string? caseLinkBase, string notificationId)
    {
        var x = triage.Extraction;
        var invoices = x.InvoiceNumbers.Count == 0 ? "—" : string.Join(", ", x.InvoiceNumbers);
        var amounts = x.Amounts.Count == 0 ? "—" : string.Join(", ", x.Amounts.Select(a => $"{a.ValueText} {a.Currency}".Trim()));
        var link = caseLinkBase is null ? null : $"{caseLinkBase.TrimEnd('/')}/disputes/{Uri.EscapeDataString(dispute.DisputeId)}";
        var rows = new (string Label, string Value)[]
        {
            ("Case / Caso", dispute.DisputeId),
            ("Customer / Cliente", facts.From ?? "unknown"),
            ("Subject / Asunto", facts.Subject),
            ("Reason / Motivo", triage.DisputeReason ?? "other"),
            ("Invoices / Facturas", invoices),
            ("Amounts / Importes", amounts),
            ("Team / Equipo", dispute.Team),
            ("Priority / Prioridad", dispute.Priority),
            ("Acknowledge by / Acusar recibo antes de", dispute.AcknowledgeBy.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)),
            ("Resolve by / Resolver antes de", dispute.ResolveBy.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)),
        };

        var html = new StringBuilder();
        html.Append("<p>A dispute was assigned to you. / Se le asignó una disputa.</p><table>");
        var text = new StringBuilder("A dispute was assigned to you. / Se le asignó una disputa.\n\n");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th align=\"left\">").Append(WebUtility.HtmlEncode(label)).Append("</th><td>")
                .Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        html.Append("</table>");
        if (link is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">Open the case / Abrir el caso</a></p>");
            text.Append('\n').Append(link).Append('\n');
        }

        html.Append("<p style=\"color:#888\">").Append(OwnMailMarker.BodyToken).Append(WebUtility.HtmlEncode(notificationId)).Append("</p>");
        text.Append('\n').Append(OwnMailMarker.BodyToken).Append(notificationId).Append('\n');

        return new OutgoingMail
        {
            To = [dispute.OwnerEmail],
            Subject = $"{OwnMailMarker.SubjectTag} Dispute {dispute.DisputeId} assigned: {triage.DisputeReason ?? "other"} — {Shorten(facts.Subject)}",
            HtmlBody = html.ToString(),
            TextBody = text.ToString(),
            MarkerId = notificationId,
        };
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}

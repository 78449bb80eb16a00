using System.Globalization;
using System.Net;
using System.Text;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Teams;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Pipeline;

/// <summary>The reminder or escalation mail the SLA sweep sends; bilingual labels, every value HTML-encoded.</summary>
public static class SlaReminderMail
{
    public static OutgoingMail Compose(Dispute dispute, SlaNotification notification, Contact recipient, string? caseLinkBase, string notificationId)
    {
        var headline = notification.Kind == SlaNotificationKind.Warning
            ? $"SLA warning / Aviso de SLA: {notification.Clock} due {Format(notification.DueAt)}"
            : $"SLA breached, escalation level {notification.Level} / SLA vencido, escalamiento nivel {notification.Level}";
        var rows = new (string Label, string Value)[]
        {
            ("Case / Caso", dispute.Id.ToString()),
            ("Customer / Cliente", dispute.Facts.CustomerName ?? dispute.Facts.CustomerKey),
            ("Reason / Motivo", dispute.Facts.Reason),
            ("Invoices / Facturas", dispute.Facts.InvoiceNumbers.Count == 0 ? "—" : string.Join(", ", dispute.Facts.InvoiceNumbers)),
            ("Owner / Responsable", dispute.Owner?.Name ?? "—"),
            ("State / Estado", dispute.State.ToString()),
            ("Due / Vence", Format(notification.DueAt)),
        };

        var html = new StringBuilder("<p>").Append(WebUtility.HtmlEncode(headline)).Append("</p><table>");
        var text = new StringBuilder(headline).Append("\n\n");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th align=\"left\">").Append(WebUtility.HtmlEncode(label)).Append("</th><td>").Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        html.Append("</table>");
        if (caseLinkBase is not null)
        {
            var link = $"{caseLinkBase.TrimEnd('/')}/disputes/{Uri.EscapeDataString(dispute.Id.ToString())}";
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">Open the case / Abrir el caso</a></p>");
            text.Append('\n').Append(link).Append('\n');
        }

        html.Append("<p style=\"color:#888\">").Append(OwnMailMarker.BodyToken).Append(WebUtility.HtmlEncode(notificationId)).Append("</p>");
        text.Append('\n').Append(OwnMailMarker.BodyToken).Append(notificationId).Append('\n');
        return new OutgoingMail
        {
            To = [recipient.Email],
            Subject = $"{OwnMailMarker.SubjectTag} {(notification.Kind == SlaNotificationKind.Warning ? "SLA warning" : "SLA breach")} {dispute.Id}: {dispute.Facts.Reason}",
            HtmlBody = html.ToString(),
            TextBody = text.ToString(),
            MarkerId = notificationId,
        };
    }

    private static string Format(NodaTime.Instant at) =>
        at.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

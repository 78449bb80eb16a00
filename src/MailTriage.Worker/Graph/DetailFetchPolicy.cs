using Microsoft.Graph.Models;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Decides which messages need the extra GET for internet headers (and attachments). Delta cannot return headers,
/// yet auto-reply and bounce detection needs them (Auto-Submitted, Precedence, X-Autoreply, Return-Path, …), so by
/// default every message gets one — as a $batch step, 20 per request, about 0.05 requests per message.
/// <see cref="GraphDetailFetch.WhenSuggested"/> limits that to messages whose cheap fields already look automated.
/// </summary>
public static class DetailFetchPolicy
{
    private static readonly string[] AutomatedSenders = ["mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce"];

    private static readonly string[] AutomatedSubjects =
    [
        "automatic reply", "auto reply", "autoreply", "auto:", "out of office", "out of the office", "undeliverable",
        "undelivered", "delivery status notification", "delivery has failed", "mail delivery failed", "returned mail",
        "failure notice", "respuesta automática", "fuera de la oficina", "no entregado", "réponse automatique",
        "absence", "abwesenheit", "automatische antwort", "unzustellbar",
    ];

    public static bool NeedsDetails(Message message, string mailbox, GraphDetailFetch mode)
    {
        if (mode == GraphDetailFetch.All || message.HasAttachments == true)
        {
            return true;
        }

        var from = (message.From ?? message.Sender)?.EmailAddress?.Address;
        if (string.IsNullOrEmpty(from) || from.Equals(mailbox, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var local = from.Split('@')[0];
        var subject = message.Subject ?? "";
        return AutomatedSenders.Any(s => local.Contains(s, StringComparison.OrdinalIgnoreCase))
            || AutomatedSubjects.Any(s => subject.Contains(s, StringComparison.OrdinalIgnoreCase));
    }
}

using System.Text.Json;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http.Handlers;

/// <summary>
/// <c>POST /users/{id}/sendMail</c>: records the mail, saves it to Sent Items, and delivers a copy to any emulated
/// mailbox among the recipients, so tests can close a mail loop.
/// </summary>
internal static class SendMailHandler
{
    public static GraphResponse Handle(EmulatorState s, GraphRequest r, StoredMailbox sender)
    {
        if (r.Body?.Get("message") is not { ValueKind: JsonValueKind.Object } message)
        {
            return GraphResponse.BadRequest("The message parameter is required.");
        }

        var to = message.GetAddresses("toRecipients");
        var cc = message.GetAddresses("ccRecipients");
        if (to.Count + cc.Count == 0)
        {
            return GraphResponse.Error(400, "ErrorInvalidRecipients", "At least one recipient is not valid.");
        }

        var headers = message.GetArray("internetMessageHeaders")
            .Select(h => new KeyValuePair<string, string>(h.GetString("name") ?? "", h.GetString("value") ?? ""))
            .ToList();
        if (headers.Any(h => !h.Key.StartsWith("x-", StringComparison.OrdinalIgnoreCase)))
        {
            return GraphResponse.Error(400, "InvalidInternetMessageHeader", "Only custom headers starting with 'x-' can be set.");
        }

        var body = message.Get("body");
        var contentType = body?.GetString("contentType") ?? "text";
        var content = body?.GetString("content") ?? "";
        var subject = message.GetString("subject") ?? "";
        var save = r.Body?.Get("saveToSentItems") is not { ValueKind: JsonValueKind.False };
        var internetMessageId = $"<{s.Store.NewId("sent").ToLowerInvariant()}@emulator.example>";
        s.RecordSent(new SentMail
        {
            FromMailbox = sender.Address,
            To = to,
            Cc = cc,
            Subject = subject,
            BodyContentType = contentType,
            Body = content,
            Headers = headers,
            InternetMessageId = internetMessageId,
            SentAt = s.Store.Now,
            SavedToSentItems = save,
        });

        var copy = new NewMessage
        {
            Subject = subject,
            From = sender.Address,
            FromName = sender.DisplayName,
            To = to,
            Cc = cc,
            Body = content,
            BodyIsHtml = contentType.Equals("html", StringComparison.OrdinalIgnoreCase),
            InternetMessageId = internetMessageId,

            // Exchange derives the conversation from the thread, so every copy of one sent mail shares it.
            ConversationId = s.Store.NewId("AAQkAD"),
        };
        if (save)
        {
            s.Store.AddMessage(sender, MailStore.FindFolder(sender, "sentitems")!, copy with { IsRead = true, ExtraHeaders = headers });
        }

        if (s.Options.DeliverToLocalMailboxes)
        {
            var delivered = copy with { ExtraHeaders = s.Options.StripCustomHeadersOnDelivery ? [] : headers };
            foreach (var recipient in to.Concat(cc).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (s.Store.FindMailbox(recipient) is { } target)
                {
                    s.Store.AddMessage(target, MailStore.FindFolder(target, "inbox")!, delivered);
                }
            }
        }

        return GraphResponse.Empty(202);
    }
}

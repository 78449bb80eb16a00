using MailTriage.Classifier.Messages;
using MailTriage.Worker.Mailboxes;
using Microsoft.Graph.Models;

namespace MailTriage.Worker.Graph;

/// <summary>Maps a Graph message (delta fields plus fetched details) onto the classifier's <see cref="MailMessageInput"/>.</summary>
public static class GraphMessageMapper
{
    public static IncomingMessage ToIncoming(string mailbox, string folder, Message message, GraphMessageDetails? details, long maxAttachmentBytes)
    {
        var headers = (details?.Headers ?? [])
            .Where(h => !string.IsNullOrEmpty(h.Name))
            .Select(h => new KeyValuePair<string, string>(h.Name!, h.Value ?? ""))
            .ToList();
        var isHtml = message.Body?.ContentType == BodyType.Html;
        var input = new MailMessageInput
        {
            Subject = message.Subject ?? "",
            From = (message.From ?? message.Sender)?.EmailAddress?.Address,
            To = (message.ToRecipients ?? []).Select(r => r.EmailAddress?.Address).OfType<string>().ToList(),
            Date = message.SentDateTime ?? message.ReceivedDateTime,
            HtmlBody = isHtml ? message.Body?.Content : null,
            TextBody = isHtml ? null : message.Body?.Content,
            MessageId = message.InternetMessageId,
            InReplyTo = Header(headers, "In-Reply-To"),
            References = (Header(headers, "References") ?? "").Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries),
            ConversationId = message.ConversationId,
            Headers = headers,
            Attachments = Attachments(details, maxAttachmentBytes),
            TopLevelContentType = Header(headers, "Content-Type") is { } contentType ? contentType.Split(';')[0].Trim().ToLowerInvariant() : null,
        };
        return new IncomingMessage
        {
            MailboxId = mailbox,
            FolderId = folder,
            SourceId = message.Id!,
            InternetMessageId = message.InternetMessageId,
            Input = input,
        };
    }

    private static string? Header(List<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>File attachments only (item and reference attachments carry no bytes), within the size limit.</summary>
    private static List<MailAttachment> Attachments(GraphMessageDetails? details, long maxBytes) =>
        (details?.Attachments ?? [])
            .OfType<FileAttachment>()
            .Where(a => a.ContentBytes is { } bytes && bytes.Length <= maxBytes)
            .Select(a => new MailAttachment(a.Name ?? "attachment", a.ContentType ?? "application/octet-stream", a.ContentBytes!))
            .ToList();
}

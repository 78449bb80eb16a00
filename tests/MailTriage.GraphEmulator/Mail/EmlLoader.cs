using MimeKit;

namespace MailTriage.GraphEmulator.Mail;

/// <summary>Turns .eml text into a <see cref="NewMessage"/>, keeping its real headers as Graph would report them.</summary>
public static class EmlLoader
{
    public static NewMessage Load(string emlText)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(emlText));
        var mime = MimeMessage.Load(stream);
        var from = mime.From.Mailboxes.FirstOrDefault();
        var html = mime.HtmlBody;
        var attachments = mime.Attachments
            .OfType<MimePart>()
            .Select(part => new NewAttachment(part.FileName ?? "attachment", part.ContentType.MimeType, ReadContent(part)))
            .ToList();
        return new NewMessage
        {
            Subject = mime.Subject ?? "",
            From = from?.Address ?? "",
            FromName = string.IsNullOrEmpty(from?.Name) ? null : from.Name,
            To = mime.To.Mailboxes.Select(m => m.Address).ToList(),
            Cc = mime.Cc.Mailboxes.Select(m => m.Address).ToList(),
            Body = html ?? mime.TextBody ?? "",
            BodyIsHtml = html is not null,
            // MimeKit keeps Content-* on the body entity; Graph lists them with the other transport headers.
            Headers = mime.Headers.Concat(mime.Body?.Headers ?? [])
                .Select(h => new KeyValuePair<string, string>(h.Field, h.Value))
                .ToList(),
            Attachments = attachments,
            InternetMessageId = mime.MessageId is null ? null : "<" + mime.MessageId + ">",
            InReplyTo = mime.InReplyTo is null ? null : "<" + mime.InReplyTo + ">",
            SentAt = mime.Date == DateTimeOffset.MinValue ? null : mime.Date,
        };
    }

    private static byte[] ReadContent(MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content?.DecodeTo(buffer);
        return buffer.ToArray();
    }
}

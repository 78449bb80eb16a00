using MailTriage.Worker.Mailboxes;
using MailTriage.Classifier.Mime;

namespace MailTriage.Worker.Review;

/// <summary>The original mail as the dashboard shows it: sender and plain-text body, never HTML.</summary>
public sealed record OriginalMail(string? From, string Subject, string Body);

/// <summary>
/// Finds the original .eml of a processed message in local-folder mailboxes (&lt;root&gt;/&lt;mailbox&gt;/**/&lt;source id&gt;),
/// wherever the pipeline moved it. Graph mailboxes keep their mail in Microsoft 365, so there is nothing to find
/// here for them and the caller shows the stored facts only.
/// </summary>
public sealed class MailBodyLocator(string? mailboxesRoot, MimeMessageReader reader)
{
    /// <summary>Upper bound on body text shown or exported; the classifier reads no more than this either.</summary>
    public const int MaxBodyChars = 20_000;

    public OriginalMail? Find(string mailboxId, string sourceId)
    {
        if (mailboxesRoot is null || sourceId.IndexOfAny(['/', '\\']) >= 0 || sourceId.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.Combine(mailboxesRoot, mailboxId);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var path = Directory.EnumerateFiles(folder, sourceId, SearchOption.AllDirectories).FirstOrDefault();
        if (path is null || reader.ReadFile(path).Message is not { } message)
        {
            return null;
        }

        var body = message.TextBody ?? (message.HtmlBody is { } html ? MailTriage.Classifier.Normalisation.HtmlToText.Convert(html) : "");
        return new OriginalMail(message.From, message.Subject, body.Length > MaxBodyChars ? body[..MaxBodyChars] : body);
    }
}

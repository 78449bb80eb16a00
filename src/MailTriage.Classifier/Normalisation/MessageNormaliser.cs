using System.Text;
using MailTriage.Classifier.Attachments;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// From a parsed message to what classification and extraction read: the chosen body as clean text, split
/// into the newest message and its quoted history, with signatures and disclaimers removed, the language,
/// whether a machine sent it, and the rows of remittance attachments.
/// </summary>
public static class MessageNormaliser
{
    public static NormalisedMessage Normalise(MailMessageInput message) => Normalise(message, NormaliserOptions.Default);

    public static NormalisedMessage Normalise(MailMessageInput message, NormaliserOptions options)
    {
        var (body, source) = BodySelector.Select(message.TextBody, message.HtmlBody, options.MaxBodyChars);
        var clean = TextCleanup.Normalise(body, options.MaxBodyChars, out var truncated);
        var split = NewestMessageIsolator.Split(clean);
        var tables = AttachmentTableReader.Read(message.Attachments, options.Attachments);

        return new NormalisedMessage
        {
            Subject = message.Subject.Trim(),
            NewestText = split.Newest,
            QuotedText = split.Quoted,
            Language = LanguageDetector.Detect(split.Newest, message.Subject + "\n" + split.Quoted),
            Date = message.Date,
            From = message.From,
            Automatic = AutomaticMailDetector.Detect(message),
            AttachmentTables = tables,
            AttachmentRows = tables.SelectMany(t => t.Rows).ToList(),
            AttachmentText = TablesAsText(tables),
            BodySource = source,
            BodyTruncated = truncated,
        };
    }

    /// <summary>Attachment rows as TAB-separated lines, one table after another, for readers that want text.</summary>
    private static string TablesAsText(IReadOnlyList<AttachmentTable> tables)
    {
        if (tables.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                sb.AppendJoin('\t', row).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}

using MailTriage.Classifier.Messages;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Pipeline;

/// <summary>
/// Recognises mail the bot sent itself coming back (a reply-all loop, a forward to a watched mailbox).
/// Graph drops custom X- headers on send, so the subject tag and body token count as much as the header.
/// </summary>
public sealed class OwnMailDetector(IEnumerable<string> botAddresses)
{
    private readonly HashSet<string> _bot = botAddresses.Select(a => a.Trim().ToLowerInvariant()).ToHashSet();

    public bool IsOwnMail(MailMessageInput input)
    {
        if (input.Header(OwnMailMarker.HeaderName) is not null)
        {
            return true;
        }

        var fromBot = input.From is { } from && _bot.Contains(ExtractAddress(from));
        var tagged = input.Subject.Contains(OwnMailMarker.SubjectTag, StringComparison.OrdinalIgnoreCase)
            || (input.TextBody?.Contains(OwnMailMarker.BodyToken, StringComparison.OrdinalIgnoreCase) ?? false)
            || (input.HtmlBody?.Contains(OwnMailMarker.BodyToken, StringComparison.OrdinalIgnoreCase) ?? false);

        // A colleague forwarding a bot task mail with their own comment is not a loop; the bot's own sender plus its tag is.
        return fromBot && tagged;
    }

    private static string ExtractAddress(string from)
    {
        var lt = from.LastIndexOf('<');
        var gt = from.LastIndexOf('>');
        var address = lt >= 0 && gt > lt ? from[(lt + 1)..gt] : from;
        return address.Trim().ToLowerInvariant();
    }
}

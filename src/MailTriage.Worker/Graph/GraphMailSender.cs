using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Sends a notification with <c>POST /users/{mailbox}/sendMail</c>. sendMail is not idempotent, so it is retried
/// only on 429/503 (not processed); a timeout is reported to the caller rather than risk a second copy. A marker
/// that was sent successfully is remembered in the sync-state store, so a replay after a crash does not resend it.
/// </summary>
public sealed class GraphMailSender(GraphServiceClient client, GraphCaller caller, ISyncStateStore state, ILogger logger)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var sentKey = mail.MarkerId is { } marker ? $"graph-sent/{caller.Mailbox.ToLowerInvariant()}/{marker}" : null;
        if (sentKey is not null && await state.GetAsync(sentKey, cancellationToken) is not null)
        {
            Log.GraphMailAlreadySent(logger, caller.Mailbox, mail.MarkerId!);
            return;
        }

        await caller.CallAsync("sendMail", ct => client.Users[caller.Mailbox].SendMail.PostAsync(Body(mail), config => GraphRequests.Prefer(config.Headers), ct),
            cancellationToken, idempotent: false);
        if (sentKey is not null)
        {
            await state.SetAsync(sentKey, caller.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        Log.GraphMailSent(logger, caller.Mailbox, mail.To.Count + mail.Cc.Count);
    }

    private static SendMailPostRequestBody Body(OutgoingMail mail)
    {
        var message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
            ToRecipients = mail.To.Select(Recipient).ToList(),
            CcRecipients = mail.Cc.Select(Recipient).ToList(),
        };
        if (mail.MarkerId is not null)
        {
            // Graph accepts custom x- headers on send; they may not survive delivery, so the pipeline also marks subject and body.
            message.InternetMessageHeaders = [new InternetMessageHeader { Name = OwnMailMarker.HeaderName, Value = mail.MarkerId }];
        }

        return new SendMailPostRequestBody { Message = message, SaveToSentItems = true };
    }

    private static Recipient Recipient(string address) => new() { EmailAddress = new EmailAddress { Address = address } };
}

using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Options;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace MailTriage.Worker.Pipeline;

/// <summary>
/// Chases open disputes: asks the pure <see cref="EscalationPlanner"/> what is due now, sends it from the
/// dispute's own mailbox, records it on the case and refreshes the SLA cache. A notification id is claimed before
/// sending, so a crash or a second sweep never mails the same reminder twice.
/// </summary>
public sealed class SlaSweeper(
    IDisputeRepository disputes,
    ISlaStateRepository slaStates,
    ResolutionMatrix matrix,
    IProcessedMessageStore ledger,
    IReadOnlyList<IMailboxSource> sources,
    PipelineOptions options,
    TimeProvider time,
    ILogger<SlaSweeper> logger)
{
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var instant = Instant.FromDateTimeOffset(now);
        var sent = 0;
        foreach (var id in disputes.OpenDisputeIds())
        {
            ct.ThrowIfCancellationRequested();
            var dispute = disputes.Find(id);
            if (dispute is null)
            {
                continue;
            }

            var (policy, calendar) = matrix.SlaContextFor(dispute.Routing);
            var plan = EscalationPlanner.Plan(policy, calendar, dispute.History, instant);
            foreach (var notification in plan.Due)
            {
                var notificationId = $"sla-{notification.Key.Replace('/', '-')}";
                var contact = matrix.ContactsFor(dispute.Routing.TeamId, dispute.Owner?.Email).For(notification.Recipient);
                var source = sources.FirstOrDefault(s => string.Equals(s.MailboxId, dispute.MailboxId, StringComparison.OrdinalIgnoreCase)) ?? sources[0];
                if (ledger.CountNotificationsTo(contact.Email, now - options.OutgoingWindow) >= options.MaxNotificationsPerRecipient)
                {
                    Log.NotificationCapped(logger, dispute.Id.ToString());
                    continue;
                }

                // Claimed already = sent (or lost in a crash after claiming): either way it must not go out again,
                // so the case records it and the planner stops proposing it.
                if (ledger.TryClaimNotification(notificationId, now))
                {
                    ledger.RecordNotificationRecipient(notificationId, contact.Email, now);
                    await source.SendAsync(SlaReminderMail.Compose(dispute, notification, contact, options.CaseLinkBase, notificationId), ct);
                    sent++;
                }

                dispute.RecordNotificationSent(notification, instant);
            }

            if (dispute.UncommittedEvents.Count > 0)
            {
                disputes.Save(dispute);
            }

            slaStates.Upsert(SlaStateRecord.From(dispute, SlaEvaluator.Evaluate(policy, calendar, dispute.History, instant)));
        }

        return sent;
    }
}

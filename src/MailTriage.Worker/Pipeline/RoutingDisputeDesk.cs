using MailTriage.Classifier.Triage;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Options;
using NodaTime;

namespace MailTriage.Worker.Pipeline;

/// <summary>
/// Adapts the routing domain to the pipeline: turns a triaged dispute mail into a <see cref="DisputeIntakeRequest"/>,
/// lets <see cref="DisputeIntake"/> link or open and assign the case, and refreshes its SLA cache.
/// </summary>
public sealed class RoutingDisputeDesk(
    DisputeIntake intake,
    ResolutionMatrix matrix,
    ISlaStateRepository slaStates,
    IReadOnlyDictionary<string, MailboxOptions> mailboxes) : IDisputeDesk
{
    public DisputeIntakeResult Intake(IncomingMessage message, MailMessageFacts facts, TriageResult result, DateTimeOffset now)
    {
        var instant = Instant.FromDateTimeOffset(now);
        var domain = facts.From is { } from ? MessageProcessor.SenderDomainOf(from) : "";
        var largest = result.Extraction.Amounts.OrderByDescending(a => a.Value).FirstOrDefault();
        var region = mailboxes.TryGetValue(message.MailboxId, out var mailbox) ? mailbox.Region : null;
        var request = new DisputeIntakeRequest
        {
            MailboxId = message.MailboxId,
            InternetMessageId = facts.InternetMessageId ?? $"<{message.MailboxId}/{message.SourceId}>",
            InReplyTo = facts.InReplyTo,
            References = facts.References,
            ConversationId = facts.ConversationId,
            ReceivedAt = instant,
            Facts = new DisputeFacts
            {
                Reason = result.DisputeReason ?? DisputeReasonCodes.Other,
                CustomerKey = string.IsNullOrEmpty(domain) ? "unknown" : domain,
                CustomerDomain = string.IsNullOrEmpty(domain) ? null : domain,
                Region = region,
                Amount = largest.Currency is null && largest.Value == 0 ? null : largest.Value,
                Currency = largest.Currency,
                InvoiceNumbers = result.Extraction.InvoiceNumbers,
                Subject = facts.Subject,
            },
        };

        var outcome = intake.Receive(request, instant);
        var dispute = outcome.Dispute;
        var (policy, calendar) = matrix.SlaContextFor(dispute.Routing);
        var evaluation = SlaEvaluator.Evaluate(policy, calendar, dispute.History, instant);
        slaStates.Upsert(SlaStateRecord.From(dispute, evaluation));

        var owner = dispute.Owner;
        return new DisputeIntakeResult(
            dispute.Id.ToString(),
            Created: outcome.Assignment is not null || Opens(dispute, request.InternetMessageId),
            OwnerName: owner?.Name ?? "(unassigned)",
            OwnerEmail: owner?.Email ?? matrix.ArManager.Email,
            Team: dispute.Routing.TeamId,
            Priority: dispute.Routing.Priority.ToString(),
            AcknowledgeBy: ToOffset(evaluation.Acknowledge.DueAt, now),
            ResolveBy: ToOffset(evaluation.Resolve.DueAt, now),
            LinkedReason: outcome.Opened ? null : outcome.Link.Kind.ToString());
    }

    /// <summary>
    /// Whether this message is the one that opened the case. A replay of it (a crash or a failed action between
    /// intake and the task mail) links as "already recorded" and gets no new assignment, yet its owner may never have
    /// been told; the pipeline's claimed notification id keeps the task mail to one either way.
    /// </summary>
    private static bool Opens(Dispute dispute, string internetMessageId) =>
        dispute.History.FirstOrDefault(e => e.Kind == DisputeEventKind.Opened)?.MessageId is { } opener
        && string.Equals(opener, ThreadKeys.MessageId(internetMessageId), StringComparison.Ordinal);

    private static DateTimeOffset ToOffset(Instant? due, DateTimeOffset fallback) =>
        due is { } d ? d.ToDateTimeOffset().ToOffset(fallback.Offset) : fallback;
}

using MailTriage.Classifier.Triage;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Pipeline;

/// <summary>The pipeline's door into dispute routing: open a case or attach the message to an existing one.</summary>
public interface IDisputeDesk
{
    /// <summary>Idempotent per message: replaying the same message returns the same case without a new assignment.</summary>
    DisputeIntakeResult Intake(IncomingMessage message, MailMessageFacts facts, TriageResult result, DateTimeOffset now);
}

/// <summary>Header facts the desk needs for thread linking, lifted from the parsed message.</summary>
public sealed record MailMessageFacts(string? From, string Subject, string? InternetMessageId, string? InReplyTo, IReadOnlyList<string> References, string? ConversationId);

/// <param name="Created">The message opened the case (also when it is replayed): its owner is sent the task mail, once.</param>
public sealed record DisputeIntakeResult(
    string DisputeId,
    bool Created,
    string OwnerName,
    string OwnerEmail,
    string Team,
    string Priority,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset ResolveBy,
    string? LinkedReason);

namespace MailTriage.Routing.Sla;

/// <summary>What to send now, and what the history shows was already sent (so a caller can report both).</summary>
public sealed record EscalationPlan(SlaEvaluation Evaluation, IReadOnlyList<SlaNotification> Due, IReadOnlyList<SlaNotification> AlreadySent);

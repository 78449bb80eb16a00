namespace MailTriage.Routing.Sla;

/// <summary>One rung of the ladder: once a clock has been breached for <paramref name="After"/> of business time, tell <paramref name="Notify"/>.</summary>
public sealed record EscalationStep(BusinessSpan After, EscalationRecipient Notify);

namespace MailTriage.Routing.Sla;

/// <summary>Who a step of the escalation ladder tells; the matrix turns each role into a person.</summary>
public enum EscalationRecipient
{
    Owner,
    OwnerManager,
    ArManager,
}

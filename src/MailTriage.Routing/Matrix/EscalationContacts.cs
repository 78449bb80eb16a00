using MailTriage.Routing.Sla;
using MailTriage.Routing.Teams;

namespace MailTriage.Routing.Matrix;

/// <summary>The people behind the escalation roles of one dispute.</summary>
public sealed record EscalationContacts(Contact Owner, Contact OwnerManager, Contact ArManager)
{
    public Contact For(EscalationRecipient recipient) => recipient switch
    {
        EscalationRecipient.Owner => Owner,
        EscalationRecipient.OwnerManager => OwnerManager,
        _ => ArManager,
    };
}

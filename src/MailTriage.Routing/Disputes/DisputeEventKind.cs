namespace MailTriage.Routing.Disputes;

/// <summary>What an entry of a dispute's history records. Stored as its name.</summary>
public enum DisputeEventKind
{
    Opened,
    Assigned,
    Reassigned,
    Started,
    AwaitingCustomer,
    AwaitingInternal,
    Resumed,
    CustomerMessage,
    OwnerResponse,
    ResolvedValid,
    ResolvedInvalid,
    CreditMemoRecorded,
    Closed,
    Reopened,
    Escalated,
    NotificationSent,
}

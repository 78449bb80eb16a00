namespace MailTriage.Routing.Disputes;

/// <summary>Everything that can be asked of a dispute; each is a trigger of its state machine.</summary>
public enum DisputeAction
{
    Assign,
    Reassign,
    Start,
    AwaitCustomer,
    AwaitInternal,
    Resume,
    RecordCustomerMessage,
    RecordOwnerResponse,
    ResolveValid,
    ResolveInvalid,
    RecordCreditMemo,
    Close,
    Reopen,
    Escalate,
}

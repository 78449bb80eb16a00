using Stateless;
using static MailTriage.Routing.Disputes.DisputeAction;
using static MailTriage.Routing.Disputes.DisputeState;

namespace MailTriage.Routing.Disputes;

/// <summary>
/// The dispute state machine's rules, in one place so the aggregate and the generated diagram can never disagree.
/// Internal transitions (reassign, escalate, messages that keep the state) do not change the state but are still
/// recorded as events by the aggregate.
/// </summary>
internal static class DisputeLifecycle
{
    internal const string CreditMemoGuard = "a credit memo number is recorded";

    private static readonly DisputeState[] WorkingStates = [Assigned, InProgress, AwaitingCustomer, AwaitingInternal];

    public static void Configure(StateMachine<DisputeState, DisputeAction> machine, Func<bool> hasCreditMemo)
    {
        machine.Configure(New)
            .Permit(Assign, Assigned)
            .InternalTransition(RecordCustomerMessage, Nothing);

        // Reassignment and escalation change who and how loud, never where the case stands,
        // so they are internal transitions in every working state: no clock restarts.
        foreach (var state in WorkingStates)
        {
            machine.Configure(state)
                .InternalTransition(Reassign, Nothing)
                .InternalTransition(Escalate, Nothing);
        }

        machine.Configure(Assigned)
            .Permit(Start, InProgress)
            .Permit(RecordOwnerResponse, InProgress)
            .Permit(AwaitCustomer, AwaitingCustomer)
            .Permit(AwaitInternal, AwaitingInternal)
            .InternalTransition(RecordCustomerMessage, Nothing);

        machine.Configure(InProgress)
            .Permit(AwaitCustomer, AwaitingCustomer)
            .Permit(AwaitInternal, AwaitingInternal)
            .Permit(ResolveValid, ResolvedValid)
            .Permit(ResolveInvalid, ResolvedInvalid)
            .InternalTransition(RecordCustomerMessage, Nothing)
            .InternalTransition(RecordOwnerResponse, Nothing);

        // The customer answering is what we were waiting for: the case is back in progress and the clock resumes.
        machine.Configure(AwaitingCustomer)
            .Permit(Resume, InProgress)
            .Permit(RecordCustomerMessage, InProgress)
            .Permit(AwaitInternal, AwaitingInternal)
            .Permit(ResolveValid, ResolvedValid)
            .Permit(ResolveInvalid, ResolvedInvalid)
            .InternalTransition(RecordOwnerResponse, Nothing);

        machine.Configure(AwaitingInternal)
            .Permit(Resume, InProgress)
            .Permit(AwaitCustomer, AwaitingCustomer)
            .Permit(ResolveValid, ResolvedValid)
            .Permit(ResolveInvalid, ResolvedInvalid)
            .InternalTransition(RecordCustomerMessage, Nothing)
            .InternalTransition(RecordOwnerResponse, Nothing);

        // A customer who writes back after a resolution has not accepted it: reopen rather than ignore.
        machine.Configure(ResolvedValid)
            .InternalTransition(RecordCreditMemo, Nothing)
            .PermitIf(Close, Closed, hasCreditMemo, CreditMemoGuard)
            .Permit(Reopen, InProgress)
            .Permit(RecordCustomerMessage, InProgress);

        machine.Configure(ResolvedInvalid)
            .Permit(Close, Closed)
            .Permit(Reopen, InProgress)
            .Permit(RecordCustomerMessage, InProgress);

        // Mail on a closed case opens a follow-up dispute (see DisputeLinker); only a person reopens a closed one.
        machine.Configure(Closed)
            .Permit(Reopen, InProgress);
    }

    private static void Nothing()
    {
    }
}

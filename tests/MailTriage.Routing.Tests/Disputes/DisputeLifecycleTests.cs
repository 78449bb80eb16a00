using MailTriage.Routing.Disputes;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Disputes.DisputeAction;
using static MailTriage.Routing.Disputes.DisputeState;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Disputes;

/// <summary>Every action in every state: the legal ones move exactly as documented, the rest are refused and change nothing.</summary>
public sealed class DisputeLifecycleTests
{
    private static readonly Instant Start = TestCalendars.UsCentral.At("2026-06-01 08:00");

    /// <summary>The specification, written independently of the machine's configuration.</summary>
    private static readonly Dictionary<(DisputeState, DisputeAction), DisputeState> Legal = new()
    {
        [(New, Assign)] = DisputeState.Assigned,
        [(New, RecordCustomerMessage)] = New,

        [(DisputeState.Assigned, Reassign)] = DisputeState.Assigned,
        [(DisputeState.Assigned, Escalate)] = DisputeState.Assigned,
        [(DisputeState.Assigned, DisputeAction.Start)] = InProgress,
        [(DisputeState.Assigned, RecordOwnerResponse)] = InProgress,
        [(DisputeState.Assigned, AwaitCustomer)] = AwaitingCustomer,
        [(DisputeState.Assigned, AwaitInternal)] = AwaitingInternal,
        [(DisputeState.Assigned, RecordCustomerMessage)] = DisputeState.Assigned,

        [(InProgress, Reassign)] = InProgress,
        [(InProgress, Escalate)] = InProgress,
        [(InProgress, AwaitCustomer)] = AwaitingCustomer,
        [(InProgress, AwaitInternal)] = AwaitingInternal,
        [(InProgress, ResolveValid)] = ResolvedValid,
        [(InProgress, ResolveInvalid)] = ResolvedInvalid,
        [(InProgress, RecordCustomerMessage)] = InProgress,
        [(InProgress, RecordOwnerResponse)] = InProgress,

        [(AwaitingCustomer, Reassign)] = AwaitingCustomer,
        [(AwaitingCustomer, Escalate)] = AwaitingCustomer,
        [(AwaitingCustomer, Resume)] = InProgress,
        [(AwaitingCustomer, RecordCustomerMessage)] = InProgress,
        [(AwaitingCustomer, AwaitInternal)] = AwaitingInternal,
        [(AwaitingCustomer, ResolveValid)] = ResolvedValid,
        [(AwaitingCustomer, ResolveInvalid)] = ResolvedInvalid,
        [(AwaitingCustomer, RecordOwnerResponse)] = AwaitingCustomer,

        [(AwaitingInternal, Reassign)] = AwaitingInternal,
        [(AwaitingInternal, Escalate)] = AwaitingInternal,
        [(AwaitingInternal, Resume)] = InProgress,
        [(AwaitingInternal, AwaitCustomer)] = AwaitingCustomer,
        [(AwaitingInternal, ResolveValid)] = ResolvedValid,
        [(AwaitingInternal, ResolveInvalid)] = ResolvedInvalid,
        [(AwaitingInternal, RecordCustomerMessage)] = AwaitingInternal,
        [(AwaitingInternal, RecordOwnerResponse)] = AwaitingInternal,

        [(ResolvedValid, RecordCreditMemo)] = ResolvedValid,
        [(ResolvedValid, Close)] = Closed,
        [(ResolvedValid, Reopen)] = InProgress,
        [(ResolvedValid, RecordCustomerMessage)] = InProgress,

        [(ResolvedInvalid, Close)] = Closed,
        [(ResolvedInvalid, Reopen)] = InProgress,
        [(ResolvedInvalid, RecordCustomerMessage)] = InProgress,

        [(Closed, Reopen)] = InProgress,
    };

    public static TheoryData<DisputeState, DisputeAction> AllPairs()
    {
        var data = new TheoryData<DisputeState, DisputeAction>();
        foreach (var state in Enum.GetValues<DisputeState>())
        {
            foreach (var action in Enum.GetValues<DisputeAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Act_EveryStateAndAction_FollowsTheSpecification(DisputeState state, DisputeAction action)
    {
        var dispute = InState(state, Start);
        var before = (dispute.State, dispute.History.Count, dispute.Owner, dispute.EscalationLevel, dispute.CreditMemoNumber);
        var at = dispute.History[^1].At + Duration.FromHours(1);

        if (Legal.TryGetValue((state, action), out var expected))
        {
            Assert.True(dispute.Can(action));
            Act(dispute, action, at);

            Assert.Equal(expected, dispute.State);
            Assert.Equal(before.Count + 1, dispute.History.Count);
            var entry = dispute.History[^1];
            Assert.Equal((state, expected, at), (entry.From, entry.To, entry.At));
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
            Assert.False(string.IsNullOrWhiteSpace(entry.Actor));
        }
        else
        {
            Assert.False(dispute.Can(action));
            var refused = Assert.Throws<DisputeTransitionException>(() => Act(dispute, action, at));

            Assert.Contains($"cannot {action} while {state}", refused.Message, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", refused.Message, StringComparison.Ordinal);
            Assert.Equal(before, (dispute.State, dispute.History.Count, dispute.Owner, dispute.EscalationLevel, dispute.CreditMemoNumber));
        }
    }

    [Fact]
    public void PermittedActions_EachState_MatchesSpecification()
    {
        foreach (var state in Enum.GetValues<DisputeState>())
        {
            var expected = Legal.Keys.Where(k => k.Item1 == state).Select(k => k.Item2).Order();

            Assert.Equal(expected, InState(state, Start).PermittedActions.Order());
        }
    }

    [Fact]
    public void Close_ResolvedValidWithoutCreditMemo_RefusedWithReason()
    {
        var dispute = InState(ResolvedValid, Start, withCreditMemo: false);

        var refused = Assert.Throws<DisputeTransitionException>(() => dispute.Close(MarcusActs, Start + Duration.FromDays(1), "done"));

        Assert.Contains("credit memo", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ResolvedValid, dispute.State);
    }

    [Fact]
    public void Close_ResolvedValidAfterCreditMemoRecorded_Closes()
    {
        var dispute = InState(ResolvedValid, Start, withCreditMemo: false);
        dispute.RecordCreditMemo(MarcusActs, Start + Duration.FromDays(1), "CM-5002");

        dispute.Close(MarcusActs, Start + Duration.FromDays(2), "credit memo applied");

        Assert.Equal(Closed, dispute.State);
        Assert.Equal("CM-5002", dispute.CreditMemoNumber);
    }

    private static void Act(Dispute dispute, DisputeAction action, Instant at)
    {
        var actor = dispute.Owner is { } owner ? DisputeActor.Staff(owner.Email) : DisputeActor.System;
        switch (action)
        {
            case Assign: dispute.Assign(Marcus, DisputeActor.System, at, "matrix row 3"); break;
            case Reassign: dispute.Reassign(Elena, DisputeActor.Staff("priya.raman@fabrikam.example"), at, "rebalance"); break;
            case DisputeAction.Start: dispute.Start(actor, at); break;
            case AwaitCustomer: dispute.AwaitCustomer(actor, at, "asked for proof of delivery"); break;
            case AwaitInternal: dispute.AwaitInternal(actor, at, "asked the warehouse for a recount"); break;
            case Resume: dispute.Resume(actor, at, "got what we needed"); break;
            case RecordCustomerMessage: dispute.RecordCustomerMessage(NextMessage(at)); break;
            case RecordOwnerResponse: dispute.RecordOwnerResponse(actor, at, "replied to the customer"); break;
            case ResolveValid: dispute.ResolveValid(actor, at, "price list outdated", "CM-6001"); break;
            case ResolveInvalid: dispute.ResolveInvalid(actor, at, "contract price applies"); break;
            case RecordCreditMemo: dispute.RecordCreditMemo(actor, at, "CM-6002"); break;
            case Close: dispute.Close(actor, at, "customer informed"); break;
            case Reopen: dispute.Reopen(actor, at, "customer disagrees"); break;
            case Escalate: dispute.Escalate(DisputeActor.Staff("priya.raman@fabrikam.example"), at, "customer called the VP"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}

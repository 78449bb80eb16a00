using MailTriage.Routing.Disputes;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Disputes;

public sealed class DisputeTests
{
    private static readonly Instant T0 = TestCalendars.UsCentral.At("2026-06-01 08:00");

    [Fact]
    public void Open_FirstMail_RecordsOpenedEventFromCustomerAtReceivedTime()
    {
        var dispute = Open(T0, messageId: "<ABC-1@customer.example>");

        var opened = Assert.Single(dispute.History);
        Assert.Equal((DisputeEventKind.Opened, DisputeState.New, DisputeState.New, T0), (opened.Kind, opened.From, opened.To, opened.At));
        Assert.Equal(ActorKind.Customer, opened.ActorKind);
        Assert.Equal("ABC-1@customer.example", opened.MessageId);
        Assert.Equal(["ABC-1@customer.example"], dispute.MessageIds);
        Assert.Equal(["ar-us@fabrikam.example|conv-1"], dispute.ConversationKeys);
    }

    [Fact]
    public void Open_UnknownReason_StoredAsOther()
    {
        var dispute = Dispute.Open(new DisputeId("DSP-000009"), Facts() with { Reason = "weather" },
            new DisputeRouting("cs", "standard", "us-central", DisputePriority.Normal, 1),
            new CustomerMessageRef("ar-us", "<m@x>", null, T0));

        Assert.Equal(DisputeReasonCodes.Other, dispute.Facts.Reason);
    }

    [Fact]
    public void Assign_ByRouting_RecordsWhoWhenWhyAndOwner()
    {
        var dispute = Open(T0);

        dispute.Assign(Marcus, DisputeActor.System, T0 + Duration.FromMinutes(1), "matrix row 3 → Pricing");

        var assigned = dispute.History[^1];
        Assert.Equal(DisputeEventKind.Assigned, assigned.Kind);
        Assert.Equal("mailtriage", assigned.Actor);
        Assert.Equal("matrix row 3 → Pricing", assigned.Reason);
        Assert.Equal(Marcus.Email, assigned.OwnerEmail);
        Assert.False(assigned.ByOwner);
        Assert.Equal(Marcus, dispute.Owner);
    }

    [Fact]
    public void Reassign_ToNewOwner_KeepsStateAndRecordsBothOwners()
    {
        var dispute = InState(DisputeState.AwaitingCustomer, T0);

        dispute.Reassign(Elena, MarcusActs, T0 + Duration.FromDays(1), "going on leave");

        var entry = dispute.History[^1];
        Assert.Equal(DisputeState.AwaitingCustomer, dispute.State);
        Assert.Equal((Elena.Email, Marcus.Email), (entry.OwnerEmail, entry.PreviousOwnerEmail));
        Assert.True(entry.ByOwner);
    }

    [Fact]
    public void Reassign_ToCurrentOwner_RejectedWithoutChange()
    {
        var dispute = InState(DisputeState.InProgress, T0);
        var count = dispute.History.Count;

        Assert.Throws<ArgumentException>(() => dispute.Reassign(Marcus, MarcusActs, T0 + Duration.FromDays(1), "no-op"));
        Assert.Equal(count, dispute.History.Count);
    }

    [Fact]
    public void RecordCustomerMessage_SameMessageTwice_Rejected()
    {
        var dispute = InState(DisputeState.InProgress, T0);
        var message = NextMessage(T0 + Duration.FromDays(1));
        dispute.RecordCustomerMessage(message);

        Assert.Throws<ArgumentException>(() => dispute.RecordCustomerMessage(message));
    }

    [Fact]
    public void RecordCustomerMessage_WithNewInvoices_MergesCanonicalInvoiceNumbers()
    {
        var dispute = InState(DisputeState.InProgress, T0);

        dispute.RecordCustomerMessage(NextMessage(T0 + Duration.FromDays(1)), [" inv-1002", "INV-1001"]);

        Assert.Equal(["INV-1001", "INV-1002"], dispute.Facts.InvoiceNumbers);
    }

    [Fact]
    public void RecordCustomerMessage_ProcessedLate_RecordedAtLastEventTimeSoHistoryStaysOrdered()
    {
        var dispute = InState(DisputeState.InProgress, T0);
        var last = dispute.History[^1].At;

        dispute.RecordCustomerMessage(NextMessage(last - Duration.FromHours(5)));

        Assert.Equal(last, dispute.History[^1].At);
    }

    [Fact]
    public void Escalate_ByManager_RaisesLevelWithoutChangingState()
    {
        var dispute = InState(DisputeState.InProgress, T0);

        dispute.Escalate(DisputeActor.Staff("priya.raman@fabrikam.example"), T0 + Duration.FromDays(1), "customer threatens to withhold payment");

        Assert.Equal(1, dispute.EscalationLevel);
        Assert.Equal(DisputeState.InProgress, dispute.State);
        Assert.Equal(1, dispute.History[^1].EscalationLevel);
    }

    [Fact]
    public void ResolveValid_WithCreditMemo_RecordsMemoOnEventAndDispute()
    {
        var dispute = InState(DisputeState.InProgress, T0);

        dispute.ResolveValid(MarcusActs, T0 + Duration.FromDays(1), "short shipped 4 cases", "CM-7001");

        Assert.Equal("CM-7001", dispute.CreditMemoNumber);
        Assert.Equal("CM-7001", dispute.History[^1].CreditMemoNumber);
    }

    [Fact]
    public void Reopen_AfterValidResolution_ClearsCreditMemo()
    {
        var dispute = InState(DisputeState.ResolvedValid, T0);

        dispute.Reopen(MarcusActs, T0 + Duration.FromDays(2), "memo amount disputed");

        Assert.Null(dispute.CreditMemoNumber);
    }

    [Fact]
    public void AwaitCustomer_BlankReason_RejectedWithoutChange()
    {
        var dispute = InState(DisputeState.InProgress, T0);

        Assert.Throws<ArgumentException>(() => dispute.AwaitCustomer(MarcusActs, T0 + Duration.FromDays(1), " "));
        Assert.Equal(DisputeState.InProgress, dispute.State);
    }

    [Fact]
    public void History_AfterManyActions_IsSequencedAndTimeOrdered()
    {
        var dispute = InState(DisputeState.Closed, T0);

        Assert.Equal(Enumerable.Range(1, dispute.History.Count), dispute.History.Select(e => e.Sequence));
        Assert.Equal(dispute.History.Select(e => e.At).Order(), dispute.History.Select(e => e.At));
        Assert.All(dispute.History, e => Assert.Equal(dispute.Id, e.DisputeId));
    }

    [Fact]
    public void Rehydrate_FromSnapshotAndHistory_RestoresStateAndAcceptsNextAction()
    {
        var original = InState(DisputeState.AwaitingCustomer, T0);

        var loaded = Dispute.Rehydrate(original.ToSnapshot(), original.History);
        loaded.Resume(MarcusActs, T0 + Duration.FromDays(1), "customer phoned");

        Assert.Equal(DisputeState.InProgress, loaded.State);
        Assert.Equal(original.History.Count + 1, loaded.Version);
        Assert.Single(loaded.UncommittedEvents);
        Assert.Equal(original.History.Count, loaded.PersistedVersion);
    }

    [Fact]
    public void Rehydrate_HistoryCountDiffersFromSnapshotVersion_Throws()
    {
        var original = InState(DisputeState.InProgress, T0);

        Assert.Throws<ArgumentException>(() => Dispute.Rehydrate(original.ToSnapshot(), original.History.Take(1).ToList()));
    }

    [Fact]
    public void MarkCommitted_AfterSave_ClearsUncommittedEvents()
    {
        var dispute = InState(DisputeState.Assigned, T0);

        dispute.MarkCommitted();

        Assert.Empty(dispute.UncommittedEvents);
    }
}

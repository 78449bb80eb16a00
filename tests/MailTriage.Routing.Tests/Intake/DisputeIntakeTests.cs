using MailTriage.Routing.Disputes;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;

namespace MailTriage.Routing.Tests.Intake;

/// <summary>The path the worker takes for a dispute mail, end to end over the in-memory store.</summary>
public sealed class DisputeIntakeTests
{
    private static readonly Instant T0 = TestCalendars.UsCentral.At("2026-06-01 09:00");
    private readonly InMemoryDisputeStore _store = new();
    private readonly DisputeIntake _intake;

    public DisputeIntakeTests()
    {
        _intake = new DisputeIntake(TestMatrix.Load(), _store, _store, new DisputeLinker());
    }

    private static DisputeIntakeRequest Request(string messageId, string? inReplyTo = null, string reason = "pricing", params string[] invoices) => new()
    {
        MailboxId = "ar-us@fabrikam.example",
        InternetMessageId = messageId,
        InReplyTo = inReplyTo,
        ConversationId = null,
        ReceivedAt = T0,
        Facts = TestDisputes.Facts("c-300300", invoices.Length == 0 ? ["INV-1001"] : invoices) with { Reason = reason, CustomerDomain = "walgreens.example" },
    };

    [Fact]
    public void Receive_NewDispute_OpensRoutesAssignsAndSaves()
    {
        var outcome = _intake.Receive(Request("<m1@walgreens.example>"), T0 + Duration.FromMinutes(2));

        Assert.True(outcome.Opened);
        Assert.Equal("DSP-000001", outcome.Dispute.Id.Value);
        Assert.Equal(DisputeState.Assigned, outcome.Dispute.State);
        Assert.Equal("pricing", outcome.Dispute.Routing.TeamId);
        Assert.Equal("marcus.lee@fabrikam.example", outcome.Dispute.Owner!.Email);
        Assert.Contains("matrix row 2", outcome.Dispute.History[^1].Reason, StringComparison.Ordinal);
        Assert.NotNull(_store.Find(outcome.Dispute.Id));
        Assert.Single(_store.ForDispute(outcome.Dispute.Id));
    }

    [Fact]
    public void Receive_SecondNewDisputeForSameTeam_GoesToOtherMember()
    {
        var first = _intake.Receive(Request("<m1@walgreens.example>"), T0);
        var second = _intake.Receive(Request("<m2@walgreens.example>", invoices: "INV-2002"), T0);

        Assert.NotEqual(first.Dispute.Owner!.Email, second.Dispute.Owner!.Email);
    }

    [Fact]
    public void Receive_Reply_AttachesAndStartsRespondClock()
    {
        var opened = _intake.Receive(Request("<m1@walgreens.example>"), T0).Dispute;
        var loaded = _store.Find(opened.Id)!;
        loaded.Start(DisputeActor.Staff(loaded.Owner!.Email), T0 + Duration.FromHours(1));
        _store.Save(loaded);

        var reply = _intake.Receive(Request("<m2@walgreens.example>", inReplyTo: "<m1@walgreens.example>") with { ReceivedAt = T0 + Duration.FromHours(3) }, T0 + Duration.FromHours(3));

        Assert.False(reply.Opened);
        Assert.Equal(opened.Id, reply.Dispute.Id);
        var sla = SlaEvaluator.Evaluate(TestDisputes.Standard, TestCalendars.UsCentral, _store.History(opened.Id), T0 + Duration.FromHours(4));
        Assert.Single(sla.Responses);
    }

    [Fact]
    public void Receive_SameMailTwice_SecondTimeChangesNothing()
    {
        var first = _intake.Receive(Request("<m1@walgreens.example>"), T0);
        var saves = _store.SaveCount;

        var replay = _intake.Receive(Request("<m1@walgreens.example>"), T0 + Duration.FromMinutes(5));

        Assert.False(replay.Changed);
        Assert.Equal(first.Dispute.Id, replay.Dispute.Id);
        Assert.Equal(saves, _store.SaveCount);
    }

    [Fact]
    public void Receive_NewMailSameInvoice_LinkedNotDuplicated()
    {
        var first = _intake.Receive(Request("<m1@walgreens.example>"), T0);

        var again = _intake.Receive(Request("<m9@walgreens.example>", invoices: ["inv-1001", "INV-1003"]) with { ReceivedAt = T0 + Duration.FromDays(3) }, T0 + Duration.FromDays(3));

        Assert.Equal(DisputeLinkKind.AttachByInvoice, again.Link.Kind);
        Assert.Equal(first.Dispute.Id, again.Dispute.Id);
        Assert.Equal(["INV-1001", "INV-1003"], _store.Find(first.Dispute.Id)!.Facts.InvoiceNumbers);
    }

    [Fact]
    public void Receive_ReplyToClosedDispute_OpensFollowUpPointingBack()
    {
        var first = _intake.Receive(Request("<m1@walgreens.example>"), T0).Dispute;
        var loaded = _store.Find(first.Id)!;
        var owner = DisputeActor.Staff(loaded.Owner!.Email);
        loaded.Start(owner, T0 + Duration.FromHours(1));
        loaded.ResolveInvalid(owner, T0 + Duration.FromHours(2), "price per contract");
        loaded.Close(owner, T0 + Duration.FromHours(3), "customer informed");
        _store.Save(loaded);

        var followUp = _intake.Receive(Request("<m2@walgreens.example>", inReplyTo: "<m1@walgreens.example>") with { ReceivedAt = T0 + Duration.FromDays(60) }, T0 + Duration.FromDays(60));

        Assert.True(followUp.Opened);
        Assert.NotEqual(first.Id, followUp.Dispute.Id);
        Assert.Equal(first.Id, followUp.Dispute.FollowUpOf);
    }

    [Fact]
    public void Reassign_ToNextAvailable_KeepsClockAndRecordsAssignment()
    {
        var opened = _intake.Receive(Request("<m1@walgreens.example>"), T0).Dispute;
        var loaded = _store.Find(opened.Id)!;
        var previous = loaded.Owner!.Email;

        var result = _intake.Reassign(loaded, DisputeActor.Staff("priya.raman@fabrikam.example"), "owner on leave", T0 + Duration.FromHours(1));

        Assert.NotEqual(previous, result.Owner.Email);
        Assert.Equal(2, _store.ForDispute(opened.Id).Count);
        Assert.Equal(DisputeState.Assigned, _store.Find(opened.Id)!.State);
    }

    [Fact]
    public void Save_StaleCopy_RefusedWithConcurrencyError()
    {
        var opened = _intake.Receive(Request("<m1@walgreens.example>"), T0).Dispute;
        var a = _store.Find(opened.Id)!;
        var b = _store.Find(opened.Id)!;
        a.Start(DisputeActor.Staff(a.Owner!.Email), T0 + Duration.FromHours(1));
        _store.Save(a);
        b.Escalate(DisputeActor.Staff("priya.raman@fabrikam.example"), T0 + Duration.FromHours(1), "VP called");

        Assert.Throws<MailTriage.Routing.Persistence.DisputeConcurrencyException>(() => _store.Save(b));
    }
}

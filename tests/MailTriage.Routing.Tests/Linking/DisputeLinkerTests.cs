using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Linking;

public sealed class DisputeLinkerTests
{
    private static readonly Instant T0 = TestCalendars.UsCentral.At("2026-06-01 09:00");
    private readonly InMemoryDisputeStore _store = new();
    private readonly DisputeLinker _linker = new(new LinkingOptions(Duration.FromDays(30)));

    private Dispute Existing(DisputeState state = DisputeState.InProgress)
    {
        var dispute = InState(state, T0);
        _store.Save(dispute);
        return dispute;
    }

    private static IncomingDisputeMail Mail(string id = "<new@customer.example>", string? inReplyTo = null, string[]? references = null,
        string? conversation = null, string customer = "c-100045", string[]? invoices = null, Instant? at = null) => new()
    {
        MailboxId = "ar-us@fabrikam.example",
        InternetMessageId = id,
        InReplyTo = inReplyTo,
        References = references ?? [],
        ConversationId = conversation,
        CustomerKey = customer,
        InvoiceNumbers = invoices ?? [],
        ReceivedAt = at ?? T0 + Duration.FromDays(2),
    };

    [Fact]
    public void Link_ReplyByInReplyTo_AttachesToThread()
    {
        var dispute = Existing();

        var link = _linker.Link(Mail(inReplyTo: "first@customer.example"), _store);

        Assert.Equal((DisputeLinkKind.AttachByThread, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
    }

    [Fact]
    public void Link_ReplyByReferencesOnly_AttachesToThread()
    {
        var dispute = Existing();

        var link = _linker.Link(Mail(references: ["<unrelated@x>", "<first@customer.example>"]), _store);

        Assert.Equal(dispute.Id, link.DisputeId);
        Assert.Equal(DisputeLinkKind.AttachByThread, link.Kind);
    }

    [Fact]
    public void Link_SameConversationWithoutHeaders_AttachesToThread()
    {
        var dispute = Existing();

        var link = _linker.Link(Mail(conversation: "conv-1"), _store);

        Assert.Equal((DisputeLinkKind.AttachByThread, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
    }

    [Fact]
    public void Link_SameConversationIdInAnotherMailbox_NotLinked()
    {
        Existing();

        var link = _linker.Link(Mail(conversation: "conv-1") with { MailboxId = "ar-mx@fabrikam.example" }, _store);

        Assert.Equal(DisputeLinkKind.New, link.Kind);
    }

    [Fact]
    public void Link_MessageAlreadyRecorded_ReportsReplay()
    {
        var dispute = Existing();

        var link = _linker.Link(Mail(id: "first@customer.example"), _store);

        Assert.Equal((DisputeLinkKind.AlreadyRecorded, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
    }

    [Fact]
    public void Link_SameCustomerSameInvoiceInsideWindow_AttachesInsteadOfDuplicating()
    {
        var dispute = Existing();

        var link = _linker.Link(Mail(invoices: ["inv-1001"]), _store);

        Assert.Equal((DisputeLinkKind.AttachByInvoice, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
        Assert.Contains("INV-1001", link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_SameInvoiceOutsideWindow_OpensNew()
    {
        Existing();

        var link = _linker.Link(Mail(invoices: ["INV-1001"], at: T0 + Duration.FromDays(45)), _store);

        Assert.Equal(DisputeLinkKind.New, link.Kind);
    }

    [Fact]
    public void Link_WindowMeasuredFromLastCustomerMessage_KeepsLongRunningCaseLinked()
    {
        var dispute = Existing();
        dispute.RecordCustomerMessage(NextMessage(T0 + Duration.FromDays(25)));
        _store.Save(dispute);

        var link = _linker.Link(Mail(invoices: ["INV-1001"], at: T0 + Duration.FromDays(45)), _store);

        Assert.Equal(DisputeLinkKind.AttachByInvoice, link.Kind);
    }

    [Fact]
    public void Link_SameInvoiceDifferentCustomer_OpensNew()
    {
        Existing();

        Assert.Equal(DisputeLinkKind.New, _linker.Link(Mail(customer: "c-200001", invoices: ["INV-1001"]), _store).Kind);
    }

    [Fact]
    public void Link_DifferentInvoiceSameCustomer_OpensNew()
    {
        Existing();

        Assert.Equal(DisputeLinkKind.New, _linker.Link(Mail(invoices: ["INV-2002"]), _store).Kind);
    }

    [Fact]
    public void Link_ReplyOnClosedDispute_OpensFollowUp()
    {
        var dispute = Existing(DisputeState.Closed);

        var link = _linker.Link(Mail(inReplyTo: "<first@customer.example>"), _store);

        Assert.Equal((DisputeLinkKind.FollowUp, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
        Assert.True(link.OpensDispute);
    }

    [Fact]
    public void Link_ReplyOnResolvedDispute_AttachesSoItReopens()
    {
        var dispute = Existing(DisputeState.ResolvedInvalid);

        var link = _linker.Link(Mail(inReplyTo: "<first@customer.example>"), _store);

        Assert.Equal((DisputeLinkKind.AttachByThread, (DisputeId?)dispute.Id), (link.Kind, link.DisputeId));
    }

    [Fact]
    public void Link_NothingInCommon_OpensNew()
    {
        Existing();

        var link = _linker.Link(Mail(customer: "c-999"), _store);

        Assert.Equal(DisputeLinkKind.New, link.Kind);
        Assert.Null(link.DisputeId);
    }
}

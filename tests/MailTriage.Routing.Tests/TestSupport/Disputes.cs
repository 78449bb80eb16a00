using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Routing.Tests.TestSupport;

/// <summary>Builders for disputes in a known state and a standard SLA policy.</summary>
internal static class TestDisputes
{
    public static readonly DisputeOwner Marcus = new("Marcus Lee", "marcus.lee@fabrikam.example", "pricing", "priya.raman@fabrikam.example");
    public static readonly DisputeOwner Elena = new("Elena Ortiz", "elena.ortiz@fabrikam.example", "pricing", "priya.raman@fabrikam.example");

    public static DisputeActor MarcusActs => DisputeActor.Staff(Marcus.Email);

    public static DisputeActor ElenaActs => DisputeActor.Staff(Elena.Email);

    /// <summary>Acknowledge 4 h, respond 8 h, resolve 5 days, warn at 75 %, ladder owner → manager (+4 h) → AR manager (+1 day).</summary>
    public static SlaPolicy Standard { get; } = new("standard", BusinessSpan.Hours(4), BusinessSpan.Hours(8), BusinessSpan.Days(5), 0.75, SlaPolicy.DefaultLadder);

    public static DisputeFacts Facts(string customer = "c-100045", params string[] invoices) => new()
    {
        Reason = DisputeReasonCodes.Pricing,
        CustomerKey = customer,
        CustomerAccount = customer.ToUpperInvariant(),
        Region = "US",
        Amount = 1250.00m,
        Currency = "USD",
        InvoiceNumbers = invoices.Length == 0 ? ["INV-1001"] : invoices,
    };

    public static Dispute Open(Instant receivedAt, string id = "DSP-000001", string messageId = "<first@customer.example>", string? conversation = "conv-1") =>
        Dispute.Open(
            new DisputeId(id),
            Facts(),
            new DisputeRouting("pricing", "standard", "us-central", DisputePriority.Normal, 3),
            new CustomerMessageRef("ar-us@fabrikam.example", messageId, conversation, receivedAt));

    public static Dispute Assigned(Instant at)
    {
        var dispute = Open(at);
        dispute.Assign(Marcus, DisputeActor.System, at, "matrix row 3");
        return dispute;
    }

    private static int _messageCounter;

    public static CustomerMessageRef NextMessage(Instant at) =>
        new("ar-us@fabrikam.example", $"<reply-{Interlocked.Increment(ref _messageCounter)}@customer.example>", "conv-1", at);

    /// <summary>Drives a fresh dispute into <paramref name="state"/> along the usual path, one hour per step.</summary>
    public static Dispute InState(DisputeState state, Instant start, bool withCreditMemo = true)
    {
        var t = start;
        Instant Next() => t += Duration.FromHours(1);
        var dispute = Open(t);
        if (state == DisputeState.New)
        {
            return dispute;
        }

        dispute.Assign(Marcus, DisputeActor.System, Next(), "matrix row 3");
        if (state == DisputeState.Assigned)
        {
            return dispute;
        }

        dispute.Start(MarcusActs, Next());
        switch (state)
        {
            case DisputeState.InProgress:
                break;
            case DisputeState.AwaitingCustomer:
                dispute.AwaitCustomer(MarcusActs, Next(), "asked for proof of delivery");
                break;
            case DisputeState.AwaitingInternal:
                dispute.AwaitInternal(MarcusActs, Next(), "asked pricing for the contract price file");
                break;
            case DisputeState.ResolvedValid:
                dispute.ResolveValid(MarcusActs, Next(), "price list was outdated", withCreditMemo ? "CM-5001" : null);
                break;
            case DisputeState.ResolvedInvalid:
                dispute.ResolveInvalid(MarcusActs, Next(), "contract price applies");
                break;
            case DisputeState.Closed:
                dispute.ResolveInvalid(MarcusActs, Next(), "contract price applies");
                dispute.Close(MarcusActs, Next(), "customer informed");
                break;
        }

        return dispute;
    }
}

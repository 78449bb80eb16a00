using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Worker.Tests.Storage;

/// <summary>Disputes as the routing library creates them, for storage tests.</summary>
internal static class StorageTestData
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 14, 0);

    public static readonly DisputeOwner Marcus = new("Marcus Lee", "Marcus.Lee@fabrikam.example", "pricing", "priya.raman@fabrikam.example");

    public static readonly DisputeOwner Elena = new("Elena Ortiz", "elena.ortiz@fabrikam.example", "pricing", "priya.raman@fabrikam.example");

    public static SlaPolicy Standard { get; } = new("standard", BusinessSpan.Hours(4), BusinessSpan.Hours(8), BusinessSpan.Days(5), 0.75, SlaPolicy.DefaultLadder);

    public static Dispute NewDispute(DisputeId id, Instant at, string customer = "C-100045", string invoice = "INV-1001", string? messageId = null, string conversation = "conv-1", DisputeOwner? owner = null)
    {
        var dispute = Dispute.Open(
            id,
            new DisputeFacts
            {
                Reason = DisputeReasonCodes.Pricing,
                CustomerKey = customer,
                CustomerAccount = customer,
                CustomerDomain = "bigboxmart.example",
                CustomerName = "BigBox Mart",
                Region = "US",
                Amount = 1250.40m,
                Currency = "USD",
                InvoiceNumbers = [invoice],
                Subject = "Price difference on " + invoice,
            },
            new DisputeRouting("pricing", "standard", "us-central", DisputePriority.High, 3),
            new CustomerMessageRef("ar-us@fabrikam.example", messageId ?? $"<{id.Value}@bigboxmart.example>", conversation, at));
        dispute.Assign(owner ?? Marcus, DisputeActor.System, at + Duration.FromMinutes(1), "matrix row 3 → Pricing");
        return dispute;
    }
}

using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Linking;

/// <summary>What the linker needs to know about an existing dispute.</summary>
public sealed record DisputeLinkCandidate(
    DisputeId Id,
    DisputeState State,
    string CustomerKey,
    IReadOnlyList<string> InvoiceNumbers,
    Instant OpenedAt,
    Instant LastCustomerMessageAt);

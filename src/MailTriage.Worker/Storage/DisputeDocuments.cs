using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>Maps disputes and their events to and from stored documents; enums are stored by name.</summary>
internal static class DisputeDocuments
{
    public static DisputeDocument ToDocument(DisputeSnapshot s) => new()
    {
        Id = s.Id.Value,
        Version = s.Version,
        State = s.State.ToString(),
        IsOpen = s.State.IsOpen(),
        Reason = s.Facts.Reason,
        CustomerKey = s.Facts.CustomerKey,
        CustomerMatchKey = ThreadKeys.Customer(s.Facts.CustomerKey),
        CustomerAccount = s.Facts.CustomerAccount,
        CustomerDomain = s.Facts.CustomerDomain,
        CustomerName = s.Facts.CustomerName,
        Region = s.Facts.Region,
        Amount = s.Facts.Amount,
        Currency = s.Facts.Currency,
        InvoiceNumbers = [.. s.Facts.InvoiceNumbers],
        Subject = s.Facts.Subject,
        MailboxId = s.MailboxId,
        TeamId = s.Routing.TeamId,
        SlaPolicyId = s.Routing.SlaPolicyId,
        CalendarId = s.Routing.CalendarId,
        Priority = s.Routing.Priority.ToString(),
        MatrixRow = s.Routing.MatrixRow,
        OwnerName = s.Owner?.Name,
        OwnerEmail = s.Owner?.Email,
        OwnerTeamId = s.Owner?.TeamId,
        OwnerManagerEmail = s.Owner?.ManagerEmail,
        OwnerIsManagerFallback = s.Owner?.IsManagerFallback ?? false,
        OpenOwner = s.State.IsOpen() ? s.Owner?.Email.ToLowerInvariant() : null,
        EscalationLevel = s.EscalationLevel,
        CreditMemoNumber = s.CreditMemoNumber,
        FollowUpOf = s.FollowUpOf?.Value,
        MessageIds = [.. s.MessageIds],
        ConversationKeys = [.. s.ConversationKeys],
        OpenedAt = InstantTicks.From(s.OpenedAt),
        LastCustomerMessageAt = InstantTicks.From(s.LastCustomerMessageAt),
        LastActivityAt = InstantTicks.From(s.LastActivityAt),
    };

    public static DisputeSnapshot ToSnapshot(DisputeDocument d) => new()
    {
        Id = new DisputeId(d.Id),
        Version = d.Version,
        State = Enum.Parse<DisputeState>(d.State),
        Facts = new DisputeFacts
        {
            Reason = d.Reason,
            CustomerKey = d.CustomerKey,
            CustomerAccount = d.CustomerAccount,
            CustomerDomain = d.CustomerDomain,
            CustomerName = d.CustomerName,
            Region = d.Region,
            Amount = d.Amount,
            Currency = d.Currency,
            InvoiceNumbers = d.InvoiceNumbers,
            Subject = d.Subject,
        },
        Routing = new DisputeRouting(d.TeamId, d.SlaPolicyId, d.CalendarId, Enum.Parse<DisputePriority>(d.Priority), d.MatrixRow),
        MailboxId = d.MailboxId,
        Owner = d.OwnerEmail is null ? null : new DisputeOwner(d.OwnerName ?? d.OwnerEmail, d.OwnerEmail, d.OwnerTeamId ?? d.TeamId, d.OwnerManagerEmail, d.OwnerIsManagerFallback),
        EscalationLevel = d.EscalationLevel,
        CreditMemoNumber = d.CreditMemoNumber,
        FollowUpOf = d.FollowUpOf is null ? null : new DisputeId(d.FollowUpOf),
        MessageIds = d.MessageIds,
        ConversationKeys = d.ConversationKeys,
        OpenedAt = InstantTicks.ToInstant(d.OpenedAt),
        LastCustomerMessageAt = InstantTicks.ToInstant(d.LastCustomerMessageAt),
        LastActivityAt = InstantTicks.ToInstant(d.LastActivityAt),
    };

    public static DisputeEventDocument ToDocument(DisputeEvent e) => new()
    {
        Id = DisputeEventDocument.KeyOf(e.DisputeId.Value, e.Sequence),
        DisputeId = e.DisputeId.Value,
        Sequence = e.Sequence,
        Kind = e.Kind.ToString(),
        At = InstantTicks.From(e.At),
        Actor = e.Actor,
        ActorKind = e.ActorKind.ToString(),
        ByOwner = e.ByOwner,
        From = e.From.ToString(),
        To = e.To.ToString(),
        Reason = e.Reason,
        OwnerEmail = e.OwnerEmail,
        PreviousOwnerEmail = e.PreviousOwnerEmail,
        EscalationLevel = e.EscalationLevel,
        MessageId = e.MessageId,
        NotificationKey = e.NotificationKey,
        CreditMemoNumber = e.CreditMemoNumber,
    };

    public static DisputeEvent ToEvent(DisputeEventDocument d) => new()
    {
        DisputeId = new DisputeId(d.DisputeId),
        Sequence = d.Sequence,
        Kind = Enum.Parse<DisputeEventKind>(d.Kind),
        At = InstantTicks.ToInstant(d.At),
        Actor = d.Actor,
        ActorKind = Enum.Parse<ActorKind>(d.ActorKind),
        ByOwner = d.ByOwner,
        From = Enum.Parse<DisputeState>(d.From),
        To = Enum.Parse<DisputeState>(d.To),
        Reason = d.Reason,
        OwnerEmail = d.OwnerEmail,
        PreviousOwnerEmail = d.PreviousOwnerEmail,
        EscalationLevel = d.EscalationLevel,
        MessageId = d.MessageId,
        NotificationKey = d.NotificationKey,
        CreditMemoNumber = d.CreditMemoNumber,
    };
}

using MailTriage.Routing.Linking;
using MailTriage.Routing.Sla;
using NodaTime;
using Stateless;

namespace MailTriage.Routing.Disputes;

/// <summary>
/// A customer dispute and its audit trail. The Stateless machine is private and its state lives in a field,
/// so the store persists a plain enum; callers use intent methods (<see cref="Assign"/>, <see cref="ResolveValid"/>, ...)
/// that either append exactly one event or throw <see cref="DisputeTransitionException"/> and change nothing.
/// </summary>
public sealed class Dispute
{
    private readonly StateMachine<DisputeState, DisputeAction> _machine;
    private readonly List<DisputeEvent> _history;
    private readonly List<string> _messageIds;
    private readonly List<string> _conversationKeys;
    private DisputeState _state;
    private int _persistedVersion;

    private Dispute(DisputeSnapshot snapshot, IEnumerable<DisputeEvent> history)
    {
        Id = snapshot.Id;
        _state = snapshot.State;
        Facts = snapshot.Facts;
        Routing = snapshot.Routing;
        MailboxId = snapshot.MailboxId;
        Owner = snapshot.Owner;
        EscalationLevel = snapshot.EscalationLevel;
        CreditMemoNumber = snapshot.CreditMemoNumber;
        FollowUpOf = snapshot.FollowUpOf;
        OpenedAt = snapshot.OpenedAt;
        LastCustomerMessageAt = snapshot.LastCustomerMessageAt;
        LastActivityAt = snapshot.LastActivityAt;
        _messageIds = [.. snapshot.MessageIds];
        _conversationKeys = [.. snapshot.ConversationKeys];
        _history = [.. history.OrderBy(e => e.Sequence)];
        _persistedVersion = _history.Count;

        _machine = new StateMachine<DisputeState, DisputeAction>(() => _state, s => _state = s);
        DisputeLifecycle.Configure(_machine, () => CreditMemoNumber is not null);
    }

    public DisputeId Id { get; }

    public DisputeState State => _state;

    public DisputeFacts Facts { get; private set; }

    public DisputeRouting Routing { get; }

    public string MailboxId { get; }

    public DisputeOwner? Owner { get; private set; }

    /// <summary>How far up the ladder the case has gone; data rather than a state so escalation never blocks work.</summary>
    public int EscalationLevel { get; private set; }

    public string? CreditMemoNumber { get; private set; }

    public DisputeId? FollowUpOf { get; }

    public Instant OpenedAt { get; }

    public Instant LastCustomerMessageAt { get; private set; }

    public Instant LastActivityAt { get; private set; }

    public IReadOnlyList<string> MessageIds => _messageIds;

    public IReadOnlyList<string> ConversationKeys => _conversationKeys;

    public IReadOnlyList<DisputeEvent> History => _history;

    /// <summary>Events appended since the dispute was loaded or last saved.</summary>
    public IReadOnlyList<DisputeEvent> UncommittedEvents => _history.Skip(_persistedVersion).ToArray();

    public int Version => _history.Count;

    /// <summary>The version the store holds; a save that finds another version there was raced.</summary>
    public int PersistedVersion => _persistedVersion;

    public IReadOnlyList<DisputeAction> PermittedActions => [.. Enum.GetValues<DisputeAction>().Where(a => _machine.CanFire(a))];

    /// <summary>
    /// Opens a case from the first customer mail. The clocks start at <see cref="CustomerMessageRef.ReceivedAt"/>,
    /// not when MailTriage got round to it.
    /// </summary>
    public static Dispute Open(DisputeId id, DisputeFacts facts, DisputeRouting routing, CustomerMessageRef firstMessage, DisputeId? followUpOf = null)
    {
        var normalised = facts with
        {
            Reason = DisputeReasonCodes.Normalise(facts.Reason),
            InvoiceNumbers = ThreadKeys.Invoices(facts.InvoiceNumbers),
        };
        var at = firstMessage.ReceivedAt;
        var dispute = new Dispute(
            new DisputeSnapshot
            {
                Id = id,
                State = DisputeState.New,
                Facts = normalised,
                Routing = routing,
                MailboxId = firstMessage.MailboxId,
                FollowUpOf = followUpOf,
                OpenedAt = at,
                LastCustomerMessageAt = at,
                LastActivityAt = at,
                Version = 0,
            },
            []);
        dispute.RememberMessage(firstMessage);
        var reason = followUpOf is { } previous ? $"follow-up of closed dispute {previous}" : "opened from customer mail";
        dispute.Append(DisputeEventKind.Opened, DisputeActor.Customer(normalised.CustomerKey), at, DisputeState.New, byOwner: false, reason, e => e with { MessageId = ThreadKeys.MessageId(firstMessage.InternetMessageId) });
        return dispute;
    }

    public static Dispute Rehydrate(DisputeSnapshot snapshot, IReadOnlyList<DisputeEvent> history)
    {
        if (history.Count != snapshot.Version)
        {
            throw new ArgumentException($"Dispute {snapshot.Id} snapshot is at version {snapshot.Version} but {history.Count} events were supplied.", nameof(history));
        }

        return new Dispute(snapshot, history);
    }

    public DisputeSnapshot ToSnapshot() => new()
    {
        Id = Id,
        State = _state,
        Facts = Facts,
        Routing = Routing,
        MailboxId = MailboxId,
        Owner = Owner,
        EscalationLevel = EscalationLevel,
        CreditMemoNumber = CreditMemoNumber,
        FollowUpOf = FollowUpOf,
        MessageIds = [.. _messageIds],
        ConversationKeys = [.. _conversationKeys],
        OpenedAt = OpenedAt,
        LastCustomerMessageAt = LastCustomerMessageAt,
        LastActivityAt = LastActivityAt,
        Version = Version,
    };

    /// <summary>Called by a store after it has durably written <see cref="UncommittedEvents"/>.</summary>
    public void MarkCommitted() => _persistedVersion = _history.Count;

    public bool Can(DisputeAction action) => _machine.CanFire(action);

    public void Assign(DisputeOwner owner, DisputeActor actor, Instant at, string reason)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Transition(DisputeAction.Assign, DisputeEventKind.Assigned, actor, at, reason,
            apply: () => Owner = owner,
            enrich: e => e with { OwnerEmail = owner.Email });
    }

    /// <summary>Hands the case to someone else. The state and every clock carry on as they were.</summary>
    public void Reassign(DisputeOwner newOwner, DisputeActor actor, Instant at, string reason)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        if (newOwner.Is(Owner?.Email))
        {
            throw new ArgumentException($"Dispute {Id} is already owned by {newOwner.Email}.", nameof(newOwner));
        }

        var previous = Owner?.Email;
        Transition(DisputeAction.Reassign, DisputeEventKind.Reassigned, actor, at, reason,
            apply: () => Owner = newOwner,
            enrich: e => e with { OwnerEmail = newOwner.Email, PreviousOwnerEmail = previous });
    }

    public void Start(DisputeActor actor, Instant at, string? note = null) =>
        Transition(DisputeAction.Start, DisputeEventKind.Started, actor, at, note ?? "work started");

    /// <summary>Asks the customer for something (proof of delivery, a debit note); the resolve clock pauses.</summary>
    public void AwaitCustomer(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.AwaitCustomer, DisputeEventKind.AwaitingCustomer, actor, at, Require(reason));

    /// <summary>Waits on another department (pricing file, warehouse count); the clock keeps running: it is our time.</summary>
    public void AwaitInternal(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.AwaitInternal, DisputeEventKind.AwaitingInternal, actor, at, Require(reason));

    public void Resume(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.Resume, DisputeEventKind.Resumed, actor, at, Require(reason));

    /// <summary>
    /// Records a further customer mail on this case. Waiting on the customer ends; a resolved case reopens;
    /// the SLA engine starts an "owner must respond" clock from it.
    /// </summary>
    public void RecordCustomerMessage(CustomerMessageRef message, IReadOnlyList<string>? invoiceNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = ThreadKeys.MessageId(message.InternetMessageId);
        if (_messageIds.Contains(messageId, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Message {messageId} is already recorded on dispute {Id}.", nameof(message));
        }

        var actor = DisputeActor.Customer(Facts.CustomerKey);
        Transition(DisputeAction.RecordCustomerMessage, DisputeEventKind.CustomerMessage, actor, message.ReceivedAt, "customer wrote again",
            apply: () =>
            {
                RememberMessage(message);
                LastCustomerMessageAt = message.ReceivedAt > LastCustomerMessageAt ? message.ReceivedAt : LastCustomerMessageAt;
                if (invoiceNumbers is { Count: > 0 })
                {
                    Facts = Facts with { InvoiceNumbers = ThreadKeys.Invoices([.. Facts.InvoiceNumbers, .. invoiceNumbers]) };
                }
            },
            enrich: e => e with { MessageId = messageId });
    }

    /// <summary>The owner answered the customer (by mail or phone); meets the acknowledge and respond clocks.</summary>
    public void RecordOwnerResponse(DisputeActor actor, Instant at, string? note = null) =>
        Transition(DisputeAction.RecordOwnerResponse, DisputeEventKind.OwnerResponse, actor, at, note ?? "owner responded");

    /// <summary>The customer is right; a credit memo will be (or was) issued.</summary>
    public void ResolveValid(DisputeActor actor, Instant at, string reason, string? creditMemoNumber = null) =>
        Transition(DisputeAction.ResolveValid, DisputeEventKind.ResolvedValid, actor, at, Require(reason),
            apply: () => CreditMemoNumber = NullIfBlank(creditMemoNumber) ?? CreditMemoNumber,
            enrich: e => e with { CreditMemoNumber = NullIfBlank(creditMemoNumber) });

    /// <summary>The invoice stands; collection continues.</summary>
    public void ResolveInvalid(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.ResolveInvalid, DisputeEventKind.ResolvedInvalid, actor, at, Require(reason),
            apply: () => CreditMemoNumber = null);

    public void RecordCreditMemo(DisputeActor actor, Instant at, string creditMemoNumber)
    {
        var number = Require(creditMemoNumber);
        Transition(DisputeAction.RecordCreditMemo, DisputeEventKind.CreditMemoRecorded, actor, at, $"credit memo {number}",
            apply: () => CreditMemoNumber = number,
            enrich: e => e with { CreditMemoNumber = number });
    }

    public void Close(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.Close, DisputeEventKind.Closed, actor, at, Require(reason));

    public void Reopen(DisputeActor actor, Instant at, string reason) =>
        Transition(DisputeAction.Reopen, DisputeEventKind.Reopened, actor, at, Require(reason),
            apply: () => CreditMemoNumber = null);

    /// <summary>Raises the escalation level by one (a manager pulling the case up by hand).</summary>
    public void Escalate(DisputeActor actor, Instant at, string reason) =>
        EscalateTo(EscalationLevel + 1, actor, at, Require(reason), notificationKey: null);

    /// <summary>
    /// Records that an SLA notification went out, so <see cref="EscalationPlanner"/> never plans it again.
    /// Ladder steps also raise <see cref="EscalationLevel"/>; on a case that is no longer open they are only noted.
    /// </summary>
    public void RecordNotificationSent(SlaNotification notification, Instant at)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.DisputeId != Id)
        {
            throw new ArgumentException($"Notification {notification.Key} is for dispute {notification.DisputeId}, not {Id}.", nameof(notification));
        }

        if (notification.Kind == SlaNotificationKind.Escalation && Can(DisputeAction.Escalate))
        {
            EscalateTo(Math.Max(EscalationLevel, notification.Level), DisputeActor.System, at, notification.Describe(), notification.Key);
            return;
        }

        Append(DisputeEventKind.NotificationSent, DisputeActor.System, at, _state, byOwner: false, notification.Describe(),
            e => e with { NotificationKey = notification.Key, EscalationLevel = notification.Kind == SlaNotificationKind.Escalation ? notification.Level : null });
    }

    private void EscalateTo(int level, DisputeActor actor, Instant at, string reason, string? notificationKey) =>
        Transition(DisputeAction.Escalate, DisputeEventKind.Escalated, actor, at, reason,
            apply: () => EscalationLevel = level,
            enrich: e => e with { EscalationLevel = level, NotificationKey = notificationKey });

    private void Transition(DisputeAction action, DisputeEventKind kind, DisputeActor actor, Instant at, string reason, Action? apply = null, Func<DisputeEvent, DisputeEvent>? enrich = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!_machine.CanFire(action, out var unmet))
        {
            throw new DisputeTransitionException(Id, action, _state, PermittedActions, [.. unmet ?? []]);
        }

        // Ownership is judged before the event: an owner handing the case on still acted on it.
        var byOwner = actor.Kind == ActorKind.Staff && Owner?.Is(actor.Id) == true;
        var from = _state;
        _machine.Fire(action);
        apply?.Invoke();
        Append(kind, actor, at, from, byOwner, reason, enrich);
    }

    private void Append(DisputeEventKind kind, DisputeActor actor, Instant at, DisputeState from, bool byOwner, string reason, Func<DisputeEvent, DisputeEvent>? enrich)
    {
        // History must read in order for the SLA engine. A mail processed late (its received time before the last
        // event) is recorded at the last event's time rather than rewriting the past.
        var when = _history.Count > 0 && at < _history[^1].At ? _history[^1].At : at;
        var entry = new DisputeEvent
        {
            DisputeId = Id,
            Sequence = _history.Count + 1,
            Kind = kind,
            At = when,
            Actor = actor.Id,
            ActorKind = actor.Kind,
            ByOwner = byOwner,
            From = from,
            To = _state,
            Reason = reason,
            OwnerEmail = Owner?.Email,
        };
        _history.Add(enrich is null ? entry : enrich(entry));
        LastActivityAt = when > LastActivityAt ? when : LastActivityAt;
    }

    private void RememberMessage(CustomerMessageRef message)
    {
        _messageIds.Add(ThreadKeys.MessageId(message.InternetMessageId));
        if (!string.IsNullOrWhiteSpace(message.ConversationId))
        {
            var key = ThreadKeys.Conversation(message.MailboxId, message.ConversationId);
            if (!_conversationKeys.Contains(key, StringComparer.Ordinal))
            {
                _conversationKeys.Add(key);
            }
        }
    }

    private static string Require(string? text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        return text.Trim();
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Tests.TestSupport;
using MailTriage.Routing.Time;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestCalendars;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Sla;

/// <summary>
/// Drives the ladder the way the worker does: a timer ticks, the planner says what is owed, the worker sends it and
/// records it on the dispute. Time comes only from a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class EscalationPlannerTests
{
    private readonly FakeTimeProvider _time = new(UsCentral.At("2026-11-02 08:00").ToDateTimeOffset());

    private Instant Now => _time.GetCurrentInstant();

    private void AdvanceTo(string local) => _time.SetUtcNow(UsCentral.At(local).ToDateTimeOffset());

    /// <summary>What the worker's SLA sweep does: plan, "send", record.</summary>
    private List<SlaNotification> Tick(Dispute dispute)
    {
        var plan = EscalationPlanner.Plan(Standard, UsCentral, dispute.History, Now);
        foreach (var notification in plan.Due)
        {
            dispute.RecordNotificationSent(notification, Now);
        }

        return [.. plan.Due];
    }

    [Fact]
    public void Plan_UnacknowledgedDispute_ClimbsLadderOnceEachStep()
    {
        // Monday after the US clocks went back. Acknowledge within 4 h: due 12:00; warning at 3 h (11:00);
        // owner at breach, manager 4 business hours later (17:00), AR manager 1 business day later (Tue 12:00).
        var dispute = Assigned(Now);

        AdvanceTo("2026-11-02 10:59");
        Assert.Empty(Tick(dispute));

        AdvanceTo("2026-11-02 11:00");
        var warning = Assert.Single(Tick(dispute));
        Assert.Equal((SlaNotificationKind.Warning, SlaClockKind.Acknowledge, EscalationRecipient.Owner), (warning.Kind, warning.Clock, warning.Recipient));

        AdvanceTo("2026-11-02 11:30");
        Assert.Empty(Tick(dispute));

        AdvanceTo("2026-11-02 12:00");
        Assert.Empty(Tick(dispute));

        AdvanceTo("2026-11-02 12:01");
        var breach = Assert.Single(Tick(dispute));
        Assert.Equal((SlaNotificationKind.Escalation, 1, EscalationRecipient.Owner), (breach.Kind, breach.Level, breach.Recipient));
        Assert.Equal(1, dispute.EscalationLevel);

        AdvanceTo("2026-11-02 16:59");
        Assert.Empty(Tick(dispute));

        AdvanceTo("2026-11-02 17:01");
        var manager = Assert.Single(Tick(dispute));
        Assert.Equal((2, EscalationRecipient.OwnerManager), (manager.Level, manager.Recipient));

        AdvanceTo("2026-11-03 07:59");
        Assert.Empty(Tick(dispute));

        AdvanceTo("2026-11-03 12:01");
        var arManager = Assert.Single(Tick(dispute));
        Assert.Equal((3, EscalationRecipient.ArManager), (arManager.Level, arManager.Recipient));
        Assert.Equal(3, dispute.EscalationLevel);

        AdvanceTo("2026-11-04 12:00");
        Assert.Empty(Tick(dispute));
    }

    [Fact]
    public void Plan_AfterRestartWithPersistedHistory_SendsNothingTwice()
    {
        var dispute = Assigned(Now);
        AdvanceTo("2026-11-02 17:30");
        var first = Tick(dispute);

        // A restart reloads the history; planning again at the same or a later moment owes nothing new.
        var reloaded = Dispute.Rehydrate(dispute.ToSnapshot(), dispute.History);
        var plan = EscalationPlanner.Plan(Standard, UsCentral, reloaded.History, Now);

        Assert.Equal(2, first.Count); // breach notice to the owner and the manager step; the warning was superseded
        Assert.Empty(plan.Due);
        Assert.Equal(first.Select(n => n.Key).Order(), plan.AlreadySent.Select(n => n.Key).Order());
    }

    [Fact]
    public void Plan_OwnerActsAfterBreach_LadderStops()
    {
        var dispute = Assigned(Now);
        AdvanceTo("2026-11-02 12:30");
        Assert.Single(Tick(dispute));

        dispute.Start(MarcusActs, Now, "called the customer");
        AdvanceTo("2026-11-03 12:30");

        Assert.DoesNotContain(Tick(dispute), n => n.Clock == SlaClockKind.Acknowledge);
    }

    [Fact]
    public void Plan_PausedAfterBreach_NoFurtherStepsWhilePaused()
    {
        var dispute = Assigned(Now);
        dispute.Start(MarcusActs, Now);
        var policy = Standard with { ResolveWithin = BusinessSpan.Hours(2) };
        AdvanceTo("2026-11-02 10:30");
        var breach = EscalationPlanner.Plan(policy, UsCentral, dispute.History, Now).Due;
        Assert.Contains(breach, n => n.Clock == SlaClockKind.Resolve && n.Level == 1);
        foreach (var n in breach)
        {
            dispute.RecordNotificationSent(n, Now);
        }

        dispute.AwaitCustomer(MarcusActs, Now, "asked for the debit note");
        AdvanceTo("2026-11-05 10:00");

        Assert.Empty(EscalationPlanner.Plan(policy, UsCentral, dispute.History, Now).Due);
    }

    [Fact]
    public void Plan_WarningMissedWhileDown_OnlyBreachIsSent()
    {
        var dispute = Assigned(Now);
        AdvanceTo("2026-11-02 13:30");

        var due = Tick(dispute);

        Assert.DoesNotContain(due, n => n.Kind == SlaNotificationKind.Warning);
        Assert.Contains(due, n => n.Kind == SlaNotificationKind.Escalation && n.Level == 1);
    }

    [Fact]
    public void Plan_NewCustomerMessage_StartsRespondLadderWithItsOwnKeys()
    {
        var dispute = Assigned(Now);
        dispute.Start(MarcusActs, Now);
        AdvanceTo("2026-11-03 09:00");
        dispute.RecordCustomerMessage(NextMessage(Now));

        AdvanceTo("2026-11-04 09:30"); // 8 business hours after the message is Wed 09:00
        var due = Tick(dispute);

        var respond = Assert.Single(due, n => n.Clock == SlaClockKind.Respond);
        Assert.Equal(1, respond.Level);
        Assert.Contains("respond@", respond.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordNotificationSent_OnClosedDispute_RecordsWithoutEscalating()
    {
        var dispute = InState(DisputeState.Closed, Now);
        var late = new SlaNotification(dispute.Id, SlaNotificationKind.Escalation, SlaClockKind.Resolve, "resolve@1", 2, EscalationRecipient.OwnerManager, Now);

        dispute.RecordNotificationSent(late, Now);

        Assert.Equal(0, dispute.EscalationLevel);
        Assert.Equal(DisputeEventKind.NotificationSent, dispute.History[^1].Kind);
        Assert.Equal(late.Key, dispute.History[^1].NotificationKey);
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestCalendars;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Sla;

public sealed class SlaEvaluatorTests
{
    private static SlaEvaluation Evaluate(Dispute dispute, string now) =>
        SlaEvaluator.Evaluate(Standard, UsCentral, dispute.History, UsCentral.At(now));

    [Fact]
    public void Evaluate_JustOpened_AllDueTimesFromArrival()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));

        var sla = Evaluate(dispute, "2026-06-02 09:30");

        Assert.Equal("2026-06-02 14:00", UsCentral.Local(sla.Acknowledge.DueAt!.Value));
        Assert.Equal("2026-06-09 09:00", UsCentral.Local(sla.Resolve.DueAt!.Value));
        Assert.Equal(SlaClockRun.Running, sla.Acknowledge.Run);
        Assert.Equal(SlaPhase.OnTrack, sla.WorstPhase);
        Assert.Empty(sla.Responses);
    }

    [Fact]
    public void Evaluate_OvernightArrival_AcknowledgeDueNextLateMorning()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 21:40"));

        var sla = Evaluate(dispute, "2026-06-03 07:00");

        Assert.Equal("2026-06-03 12:00", UsCentral.Local(sla.Acknowledge.DueAt!.Value));
        Assert.Equal(Duration.Zero, sla.Acknowledge.Elapsed);
    }

    [Fact]
    public void Evaluate_FridayEveningArrival_ClockDoesNotRunOverWeekend()
    {
        var dispute = Assigned(UsCentral.At("2026-06-05 18:30"));

        var sla = Evaluate(dispute, "2026-06-08 09:00");

        Assert.Equal(Duration.FromHours(1), sla.Acknowledge.Elapsed);
        Assert.Equal("2026-06-08 12:00", UsCentral.Local(sla.Acknowledge.DueAt!.Value));
    }

    [Fact]
    public void Evaluate_OwnerStartsBeforeDue_AcknowledgeMet()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-02 10:15"));

        var sla = Evaluate(dispute, "2026-06-04 10:00");

        Assert.True(sla.Acknowledge.Met);
        Assert.Equal(Duration.FromMinutes(75), sla.Acknowledge.Elapsed);
        Assert.Equal(UsCentral.At("2026-06-02 10:15"), sla.Acknowledge.StoppedAt);
    }

    [Fact]
    public void Evaluate_SomeoneElseActs_AcknowledgeStillRunning()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));
        dispute.Escalate(DisputeActor.Staff("priya.raman@fabrikam.example"), UsCentral.At("2026-06-02 10:00"), "customer called the VP");

        var sla = Evaluate(dispute, "2026-06-02 15:00");

        Assert.Equal(SlaClockRun.Running, sla.Acknowledge.Run);
        Assert.Equal(SlaPhase.Breached, sla.Acknowledge.Phase);
    }

    [Fact]
    public void Evaluate_OwnerActsAfterDue_AcknowledgeMissed()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-02 14:30"));

        var sla = Evaluate(dispute, "2026-06-03 09:00");

        Assert.Equal(SlaClockRun.Stopped, sla.Acknowledge.Run);
        Assert.Equal(SlaPhase.Breached, sla.Acknowledge.Phase);
        Assert.False(sla.Acknowledge.Met);
        Assert.False(sla.Acknowledge.IsOverdue);
    }

    [Fact]
    public void Evaluate_ReassignedBeforeAcknowledgement_KeepsOriginalClock()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));
        dispute.Reassign(Elena, DisputeActor.Staff("priya.raman@fabrikam.example"), UsCentral.At("2026-06-02 11:00"), "Marcus is on the Walmart audit");

        var sla = Evaluate(dispute, "2026-06-02 11:30");

        Assert.Equal("2026-06-02 14:00", UsCentral.Local(sla.Acknowledge.DueAt!.Value));
        Assert.Equal(Duration.FromMinutes(150), sla.Acknowledge.Elapsed);
        Assert.Equal("2026-06-09 09:00", UsCentral.Local(sla.Resolve.DueAt!.Value));
    }

    [Fact]
    public void Evaluate_NewOwnerActs_MeetsAcknowledgement()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 09:00"));
        dispute.Reassign(Elena, DisputeActor.Staff("priya.raman@fabrikam.example"), UsCentral.At("2026-06-02 10:00"), "rebalance");
        dispute.Start(MarcusActs, UsCentral.At("2026-06-02 10:30")); // the previous owner no longer counts
        var stillRunning = Evaluate(dispute, "2026-06-02 11:00");
        dispute.RecordOwnerResponse(ElenaActs, UsCentral.At("2026-06-02 11:00"), "called the customer");

        var sla = Evaluate(dispute, "2026-06-02 16:00");

        Assert.Equal(SlaClockRun.Running, stillRunning.Acknowledge.Run);
        Assert.True(sla.Acknowledge.Met);
        Assert.Equal(UsCentral.At("2026-06-02 11:00"), sla.Acknowledge.StoppedAt);
    }

    [Fact]
    public void Evaluate_PausedOverWeekend_ExcludesPauseFromResolveClock()
    {
        // Opened Thu 09:00; waiting on the customer from Fri 10:00 to Mon 15:00 (Fri 6 h + Mon 6 h of business time).
        var dispute = Assigned(UsCentral.At("2026-06-04 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-04 09:30"));
        var unpausedDue = Evaluate(dispute, "2026-06-04 10:00").Resolve.DueAt!.Value;
        dispute.AwaitCustomer(MarcusActs, UsCentral.At("2026-06-05 10:00"), "asked for the signed delivery note");

        var paused = Evaluate(dispute, "2026-06-08 12:00");
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-08 15:00")));
        var resumed = Evaluate(dispute, "2026-06-08 16:00");

        Assert.Equal(SlaClockRun.Paused, paused.Resolve.Run);
        Assert.Null(paused.Resolve.DueAt);
        Assert.Equal(Duration.FromHours(9), paused.Resolve.Elapsed);
        Assert.Equal(Duration.FromHours(31), paused.Resolve.Remaining);
        Assert.Equal(SlaClockRun.Running, resumed.Resolve.Run);
        Assert.Equal(UsCentral.AddBusinessTime(unpausedDue, Duration.FromHours(12)), resumed.Resolve.DueAt);
        Assert.Equal("2026-06-12 14:00", UsCentral.Local(resumed.Resolve.DueAt!.Value));
    }

    [Fact]
    public void Evaluate_AwaitingInternal_ClockKeepsRunning()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.AwaitInternal(MarcusActs, UsCentral.At("2026-06-01 10:00"), "waiting for the pricing file");

        var sla = Evaluate(dispute, "2026-06-09 09:00");

        Assert.Equal(SlaClockRun.Running, sla.Resolve.Run);
        Assert.Equal(SlaPhase.Breached, sla.Resolve.Phase);
        Assert.True(sla.IsOverdue);
    }

    [Fact]
    public void Evaluate_Resolved_ResolveClockStopsAndIsMet()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.ResolveValid(MarcusActs, UsCentral.At("2026-06-03 11:00"), "price list outdated", "CM-5001");

        var sla = Evaluate(dispute, "2026-06-20 09:00");

        Assert.Equal(SlaClockRun.Stopped, sla.Resolve.Run);
        Assert.True(sla.Resolve.Met);
        Assert.Equal(Duration.FromHours(18), sla.Resolve.Elapsed);
        Assert.False(sla.IsOverdue);
        Assert.Null(sla.NextDueAt);
    }

    [Fact]
    public void Evaluate_ReopenedAfterResolution_ResumesWithoutCountingResolvedTime()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.ResolveInvalid(MarcusActs, UsCentral.At("2026-06-01 17:00"), "contract price applies");
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-03 08:00")));

        var sla = Evaluate(dispute, "2026-06-03 10:00");

        Assert.Equal(DisputeState.InProgress, dispute.State);
        Assert.Equal(Duration.FromHours(9), sla.Resolve.Elapsed);
        Assert.Equal(SlaClockRun.Running, sla.Resolve.Run);
    }

    [Fact]
    public void Evaluate_CustomerWritesAfterAcknowledgement_OpensRespondClock()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-02 16:00")));

        var sla = Evaluate(dispute, "2026-06-03 09:00");

        var respond = Assert.Single(sla.Responses);
        Assert.Equal(SlaClockRun.Running, respond.Run);
        Assert.Equal("2026-06-03 16:00", UsCentral.Local(respond.DueAt!.Value));
        Assert.Equal(respond.DueAt, sla.NextDueAt);
    }

    [Fact]
    public void Evaluate_SecondCustomerMailBeforeAnswer_KeepsOldestUnansweredStart()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-02 09:00")));
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-02 15:00")));

        var sla = Evaluate(dispute, "2026-06-02 16:00");

        var respond = Assert.Single(sla.Responses);
        Assert.Equal(UsCentral.At("2026-06-02 09:00"), respond.StartedAt);
    }

    [Fact]
    public void Evaluate_OwnerAnswers_RespondClockMetAndNextMessageStartsAnother()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 09:30"));
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-02 09:00")));
        dispute.RecordOwnerResponse(MarcusActs, UsCentral.At("2026-06-02 11:00"), "replied with the contract extract");
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-03 09:00")));

        var sla = Evaluate(dispute, "2026-06-03 10:00");

        Assert.Equal(2, sla.Responses.Count);
        Assert.True(sla.Responses[0].Met);
        Assert.Equal(SlaClockRun.Running, sla.CurrentResponse!.Run);
    }

    [Fact]
    public void Evaluate_CustomerWritesBeforeAcknowledgement_NoSeparateRespondClock()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 09:00"));
        dispute.RecordCustomerMessage(NextMessage(UsCentral.At("2026-06-01 10:00")));

        var sla = Evaluate(dispute, "2026-06-01 11:00");

        Assert.Empty(sla.Responses);
        Assert.Equal(SlaClockRun.Running, sla.Acknowledge.Run);
    }

    [Fact]
    public void Evaluate_AtSeventyFivePercent_Warns()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 08:00"));

        var before = Evaluate(dispute, "2026-06-02 10:59");
        var at = Evaluate(dispute, "2026-06-02 11:00");

        Assert.Equal(SlaPhase.OnTrack, before.Acknowledge.Phase);
        Assert.Equal(SlaPhase.Warning, at.Acknowledge.Phase);
        Assert.Equal("2026-06-02 11:00", UsCentral.Local(at.Acknowledge.WarningAt!.Value));
    }

    [Fact]
    public void Evaluate_ExactlyAtDue_StillOnTimeAndBreachedJustAfter()
    {
        var dispute = Assigned(UsCentral.At("2026-06-02 08:00"));
        var due = UsCentral.At("2026-06-02 12:00");

        var at = SlaEvaluator.Evaluate(Standard, UsCentral, dispute.History, due);
        var after = SlaEvaluator.Evaluate(Standard, UsCentral, dispute.History, due + Duration.FromSeconds(1));

        Assert.Equal(SlaPhase.Warning, at.Acknowledge.Phase);
        Assert.Equal(SlaPhase.Breached, after.Acknowledge.Phase);
    }

    [Fact]
    public void Evaluate_AcrossUsFallBack_ResolveDueOnStandardTime()
    {
        // Opened Tue 27 Oct 2026 10:00 CDT; 40 business hours later is Tue 3 Nov 10:00 CST (UTC-6).
        var dispute = Assigned(UsCentral.At("2026-10-27 10:00"));

        var sla = Evaluate(dispute, "2026-10-27 11:00");

        Assert.Equal("2026-11-03 10:00", UsCentral.Local(sla.Resolve.DueAt!.Value));
        Assert.Equal("2026-11-03 16:00", sla.Resolve.DueAt!.Value.Utc());
    }

    [Fact]
    public void Evaluate_MadridAcrossEuFallBackAndHoliday_UsesLocalCalendar()
    {
        var dispute = Assigned(Madrid.At("2026-10-08 12:00"));

        var sla = SlaEvaluator.Evaluate(Standard, Madrid, dispute.History, Madrid.At("2026-10-08 12:30"));

        // Thu 8 Oct 12:00 → 5 h left that day (12–14, 15–18), Fri 9 Oct 7 h, Mon 12 Oct holiday, Tue 8 h, Wed 8 h, Thu 8 h, Fri 16 Oct 4 h.
        Assert.Equal("2026-10-16 12:00", Madrid.Local(sla.Resolve.DueAt!.Value));
    }

    [Fact]
    public void Evaluate_EscalationMilestones_FollowLadderInBusinessTime()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 08:00"));

        var sla = Evaluate(dispute, "2026-06-02 12:30");

        var ladder = sla.Acknowledge.Escalations;
        Assert.Equal(["2026-06-01 12:00", "2026-06-01 17:00", "2026-06-02 12:00"], ladder.Select(m => UsCentral.Local(m.DueAt!.Value)));
        Assert.All(ladder, m => Assert.True(m.Reached));
    }

    [Fact]
    public void Evaluate_EventsAfterNow_AreIgnored()
    {
        var dispute = Assigned(UsCentral.At("2026-06-01 08:00"));
        dispute.Start(MarcusActs, UsCentral.At("2026-06-01 15:00"));

        var sla = Evaluate(dispute, "2026-06-01 11:00");

        Assert.Equal(SlaClockRun.Running, sla.Acknowledge.Run);
    }

    [Fact]
    public void Evaluate_HistoryWithoutOpenedEvent_Throws()
    {
        Assert.Throws<ArgumentException>(() => SlaEvaluator.Evaluate(Standard, UsCentral, [], UsCentral.At("2026-06-01 08:00")));
    }
}

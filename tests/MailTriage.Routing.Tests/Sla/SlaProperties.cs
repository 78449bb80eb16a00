using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Sla;
using MailTriage.Routing.Tests.Calendars;
using MailTriage.Routing.Tests.TestSupport;
using NodaTime;
using static MailTriage.Routing.Tests.TestSupport.TestDisputes;

namespace MailTriage.Routing.Tests.Sla;

/// <summary>A dispute opened at <see cref="Opened"/>, put on hold for the customer after <see cref="ToPause"/>, resumed after <see cref="PauseLength"/>, evaluated <see cref="AfterResume"/> later.</summary>
public sealed record PauseScenario(Instant Opened, Duration ToPause, Duration PauseLength, Duration AfterResume)
{
    public Instant PauseAt => Opened + ToPause;

    public Instant ResumeAt => PauseAt + PauseLength;

    public Instant Now => ResumeAt + AfterResume;

    public override string ToString() => $"opened {Opened}, pause {PauseAt}–{ResumeAt}, now {Now}";
}

public static class SlaArbitraries
{
    public static Arbitrary<PauseScenario> Scenarios() =>
        Arb.From(
            from opened in CalendarArbitraries.Instants().Generator
            from toPause in Gen.Choose(2, 10 * 24 * 60)
            from pause in Gen.Choose(1, 10 * 24 * 60)
            from after in Gen.Choose(0, 10 * 24 * 60)
            select new PauseScenario(opened.Value, Duration.FromMinutes(toPause), Duration.FromMinutes(pause), Duration.FromMinutes(after)));

    public static Arbitrary<BusinessCalendar> Calendars() => CalendarArbitraries.Calendars();
}

[Properties(Arbitrary = [typeof(SlaArbitraries)], MaxTest = 200)]
public sealed class SlaProperties
{
    [Property]
    public bool Evaluate_PauseInserted_NeverShortensRemainingTime(BusinessCalendar calendar, PauseScenario s)
    {
        var plain = Worked(s.Opened);
        var paused = Worked(s.Opened);
        paused.AwaitCustomer(MarcusActs, s.PauseAt, "asked for proof of delivery");
        paused.Resume(MarcusActs, s.ResumeAt, "customer sent it by phone");

        var withoutPause = SlaEvaluator.Evaluate(Standard, calendar, plain.History, s.Now).Resolve;
        var withPause = SlaEvaluator.Evaluate(Standard, calendar, paused.History, s.Now).Resolve;

        return withPause.Remaining >= withoutPause.Remaining
            && withPause.Elapsed <= withoutPause.Elapsed
            && withPause.DueAt >= withoutPause.DueAt;
    }

    [Property]
    public bool Evaluate_StillPaused_RemainingTimeFrozen(BusinessCalendar calendar, PauseScenario s)
    {
        var dispute = Worked(s.Opened);
        dispute.AwaitCustomer(MarcusActs, s.PauseAt, "asked for proof of delivery");

        var atPause = SlaEvaluator.Evaluate(Standard, calendar, dispute.History, s.PauseAt).Resolve;
        var later = SlaEvaluator.Evaluate(Standard, calendar, dispute.History, s.Now).Resolve;

        return later.Remaining == atPause.Remaining && later.Run == SlaClockRun.Paused;
    }

    [Property]
    public bool Evaluate_AnyHistory_DueNeverBeforeStartAndWarningNeverAfterDue(BusinessCalendar calendar, PauseScenario s)
    {
        var dispute = Worked(s.Opened);
        dispute.AwaitCustomer(MarcusActs, s.PauseAt, "asked for proof of delivery");
        dispute.RecordCustomerMessage(NextMessage(s.ResumeAt));

        var sla = SlaEvaluator.Evaluate(Standard, calendar, dispute.History, s.Now);

        return new[] { sla.Acknowledge, sla.Resolve }.Concat(sla.Responses).All(clock =>
            (clock.DueAt is null || clock.DueAt >= clock.StartedAt)
            && (clock.WarningAt is null || clock.WarningAt >= clock.StartedAt)
            && (clock.WarningAt is null || clock.DueAt is null || clock.WarningAt <= clock.DueAt)
            && clock.Escalations.All(m => m.DueAt is null || clock.DueAt is null || m.DueAt >= clock.DueAt));
    }

    [Property]
    public bool Evaluate_Reassigned_ResolveDueUnchanged(BusinessCalendar calendar, PauseScenario s)
    {
        var plain = Worked(s.Opened);
        var reassigned = Worked(s.Opened);
        reassigned.Reassign(Elena, DisputeActor.Staff("priya.raman@fabrikam.example"), s.PauseAt, "rebalance");

        return SlaEvaluator.Evaluate(Standard, calendar, reassigned.History, s.Now).Resolve.DueAt
            == SlaEvaluator.Evaluate(Standard, calendar, plain.History, s.Now).Resolve.DueAt;
    }

    private static Dispute Worked(Instant opened)
    {
        var dispute = Assigned(opened);
        dispute.Start(MarcusActs, opened + Duration.FromMinutes(1));
        return dispute;
    }
}

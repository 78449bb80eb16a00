using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Storage;
using NodaTime;
using static MailTriage.Worker.Tests.Storage.StorageTestData;

namespace MailTriage.Worker.Tests.Storage;

public sealed class LiteDbSlaStateRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static SlaStateRecord Record(string id, Instant? due, SlaPhase phase = SlaPhase.OnTrack) =>
        new(new DisputeId(id), DisputeState.InProgress, "pricing", "marcus.lee@fabrikam.example", "C-100045", "pricing",
            DisputePriority.Normal, due, due is null ? null : SlaClockKind.Resolve, phase, 0, T0);

    [Fact]
    public void Overdue_MixedDueTimes_ReturnsOnlyPastDueMostOverdueFirst()
    {
        var repository = new LiteDbSlaStateRepository(_db.Open());
        repository.UpsertMany([
            Record("DSP-000001", T0 - Duration.FromHours(1), SlaPhase.Breached),
            Record("DSP-000002", T0 + Duration.FromHours(1)),
            Record("DSP-000003", null),
            Record("DSP-000004", T0 - Duration.FromDays(2), SlaPhase.Breached),
            Record("DSP-000005", T0),
        ]);

        var overdue = repository.Overdue(T0);

        Assert.Equal(["DSP-000004", "DSP-000001", "DSP-000005"], overdue.Select(r => r.DisputeId.Value));
    }

    [Fact]
    public void DueBetween_Window_ReturnsSoonestFirst()
    {
        var repository = new LiteDbSlaStateRepository(_db.Open());
        repository.UpsertMany([
            Record("DSP-000001", T0 + Duration.FromHours(5)),
            Record("DSP-000002", T0 + Duration.FromHours(1)),
            Record("DSP-000003", T0 + Duration.FromDays(3)),
            Record("DSP-000004", T0),
        ]);

        var soon = repository.DueBetween(T0, T0 + Duration.FromDays(1));

        Assert.Equal(["DSP-000002", "DSP-000001"], soon.Select(r => r.DisputeId.Value));
    }

    [Fact]
    public void Upsert_NewEvaluation_ReplacesPreviousOne()
    {
        var repository = new LiteDbSlaStateRepository(_db.Open());
        repository.Upsert(Record("DSP-000001", T0 - Duration.FromHours(1), SlaPhase.Breached));

        repository.Upsert(Record("DSP-000001", null));

        Assert.Empty(repository.Overdue(T0));
        Assert.Null(repository.Find(new DisputeId("DSP-000001"))!.NextDueAt);
    }

    [Fact]
    public void From_EvaluatedDispute_StoresEarliestLiveDeadline()
    {
        var calendar = new BusinessCalendar("24x7", DateTimeZone.Utc,
            Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToDictionary(d => d, _ => (IReadOnlyList<WorkingInterval>)[new WorkingInterval(0, 1440)]),
            [], Duration.FromHours(8));
        var dispute = NewDispute(new DisputeId("DSP-000001"), T0);
        var evaluation = SlaEvaluator.Evaluate(Standard, calendar, dispute.History, T0 + Duration.FromHours(5));
        var repository = new LiteDbSlaStateRepository(_db.Open());

        repository.Upsert(SlaStateRecord.From(dispute, evaluation));

        var stored = repository.Find(dispute.Id)!;
        Assert.Equal(T0 + Duration.FromHours(4), stored.NextDueAt);
        Assert.Equal(SlaClockKind.Acknowledge, stored.NextDueClock);
        Assert.Equal(SlaPhase.Breached, stored.Phase);
        Assert.Single(repository.Overdue(T0 + Duration.FromHours(5)));
    }
}

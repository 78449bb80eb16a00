using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Storage;
using static MailTriage.Worker.Tests.Storage.StorageTestData;

namespace MailTriage.Worker.Tests.Storage;

public sealed class LiteDbAssignmentRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void SaveRoundRobin_ThenRestart_CursorKept()
    {
        new LiteDbAssignmentRepository(_db.Open()).SaveRoundRobin(RoundRobinState.Empty.With("pricing", "elena.ortiz@fabrikam.example").With("tax-mx", "jorge@fabrikam.example"));

        var state = new LiteDbAssignmentRepository(_db.Reopen()).LoadRoundRobin();

        Assert.Equal("elena.ortiz@fabrikam.example", state.LastAssigned("PRICING"));
        Assert.Equal("jorge@fabrikam.example", state.LastAssigned("tax-mx"));
    }

    [Fact]
    public void Record_TwoAssignments_ListedInOrderForTheDispute()
    {
        var repository = new LiteDbAssignmentRepository(_db.Open());
        var id = new DisputeId("DSP-000001");
        repository.Record(new AssignmentRecord(id, "pricing", Marcus.Email, false, "least loaded", T0));
        repository.Record(new AssignmentRecord(new DisputeId("DSP-000002"), "pricing", Elena.Email, false, "least loaded", T0));
        repository.Record(new AssignmentRecord(id, "pricing", Elena.Email, false, "reassigned: leave", T0 + NodaTime.Duration.FromDays(1)));

        var log = repository.ForDispute(id);

        Assert.Equal([Marcus.Email, Elena.Email], log.Select(a => a.OwnerEmail));
        Assert.Equal(T0, log[0].At);
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Storage;
using NodaTime;
using static MailTriage.Worker.Tests.Storage.StorageTestData;

namespace MailTriage.Worker.Tests.Storage;

public sealed class LiteDbDisputeRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Save_ThenReopen_RestoresDisputeAndFullHistory()
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        var dispute = NewDispute(repository.NextId(), T0);
        dispute.Start(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(1));
        dispute.ResolveValid(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(3), "price list outdated", "CM-5001");
        repository.Save(dispute);

        var loaded = new LiteDbDisputeRepository(_db.Reopen()).Find(dispute.Id)!;

        Assert.Equivalent(dispute.ToSnapshot(), loaded.ToSnapshot(), strict: true);
        Assert.Equal(dispute.History, loaded.History);
        Assert.Empty(loaded.UncommittedEvents);
        Assert.Equal(DisputeState.ResolvedValid, loaded.State);
        Assert.Equal(1250.40m, loaded.Facts.Amount);
        Assert.Equal(T0, loaded.OpenedAt);
    }

    [Fact]
    public void Save_LoadedDisputeChangedAndSaved_AppendsOnlyNewEvents()
    {
        var store = _db.Open();
        var repository = new LiteDbDisputeRepository(store);
        var dispute = NewDispute(repository.NextId(), T0);
        repository.Save(dispute);
        var firstEvents = repository.History(dispute.Id);

        var loaded = repository.Find(dispute.Id)!;
        loaded.Start(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(1));
        repository.Save(loaded);

        var history = repository.History(dispute.Id);
        Assert.Equal(3, history.Count);
        Assert.Equal(firstEvents, history.Take(2));
        Assert.Equal(DisputeEventKind.Started, history[2].Kind);
    }

    [Fact]
    public void Save_StaleCopy_RefusedAndNothingWritten()
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        var dispute = NewDispute(repository.NextId(), T0);
        repository.Save(dispute);
        var a = repository.Find(dispute.Id)!;
        var b = repository.Find(dispute.Id)!;
        a.Start(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(1));
        repository.Save(a);
        b.AwaitCustomer(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(1), "asked for the POD");

        Assert.Throws<DisputeConcurrencyException>(() => repository.Save(b));
        Assert.Equal(DisputeState.InProgress, repository.Find(dispute.Id)!.State);
        Assert.Equal(3, repository.History(dispute.Id).Count);
    }

    [Fact]
    public void NextId_AcrossRestart_NeverRepeats()
    {
        var first = new LiteDbDisputeRepository(_db.Open());
        var a = first.NextId();
        var b = first.NextId();

        var c = new LiteDbDisputeRepository(_db.Reopen()).NextId();

        Assert.Equal(["DSP-000001", "DSP-000002", "DSP-000003"], new[] { a, b, c }.Select(i => i.Value));
    }

    [Fact]
    public void OpenByOwner_MixedStates_ListsOnlyOpenCasesCaseInsensitively()
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        var open = NewDispute(repository.NextId(), T0);
        var other = NewDispute(repository.NextId(), T0, owner: Elena);
        var closed = NewDispute(repository.NextId(), T0);
        closed.Start(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(1));
        closed.ResolveInvalid(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(2), "contract price applies");
        closed.Close(DisputeActor.Staff(Marcus.Email), T0 + Duration.FromHours(3), "customer informed");
        repository.ImportNew([open, other, closed]);

        var mine = repository.OpenByOwner("marcus.lee@FABRIKAM.example");
        var load = repository.OpenLoadByOwner([Marcus.Email, Elena.Email, "nobody@fabrikam.example"]);

        Assert.Equal([open.Id], mine.Select(s => s.Id));
        Assert.Equal(1, load[Marcus.Email]);
        Assert.Equal(1, load[Elena.Email]);
        Assert.False(load.ContainsKey("nobody@fabrikam.example"));
        Assert.Equal(2, repository.OpenDisputeIds().Count);
    }

    [Fact]
    public void ByInvoice_AnySpelling_FindsDispute()
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        var dispute = NewDispute(repository.NextId(), T0, invoice: "inv-7788");
        repository.Save(dispute);

        Assert.Equal([dispute.Id], repository.ByInvoice(" INV-7788").Select(s => s.Id));
        Assert.Empty(repository.ByInvoice("INV-7789"));
    }

    [Fact]
    public void Lookups_ForLinker_FindByMessageConversationAndCustomerInvoice()
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        var dispute = NewDispute(repository.NextId(), T0, messageId: "<abc@bigboxmart.example>", conversation: "AAQkAD=");
        repository.Save(dispute);

        Assert.Single(repository.FindByMessageIds(["nope@x", "abc@bigboxmart.example"]));
        Assert.Single(repository.FindByConversation(MailTriage.Routing.Linking.ThreadKeys.Conversation("AR-US@fabrikam.example", "AAQkAD=")));
        Assert.Single(repository.FindByCustomerInvoices("c-100045", ["INV-1001"]));
        Assert.Empty(repository.FindByCustomerInvoices("c-999999", ["INV-1001"]));
    }

    [Fact]
    public void Indexes_ListQueries_AreAnsweredFromIndexes()
    {
        var store = _db.Open();
        new LiteDbDisputeRepository(store).Save(NewDispute(new DisputeId("DSP-000001"), T0));

        string Plan(string where)
        {
            using var reader = store.Database.Execute($"EXPLAIN SELECT $ FROM {LiteDbStore.Disputes} WHERE {where}");
            Assert.True(reader.Read());
            return reader.Current.ToString();
        }

        Assert.Contains("INDEX SEEK(InvoiceNumbers", Plan("$.InvoiceNumbers[*] ANY = 'INV-1001'"), StringComparison.Ordinal);
        Assert.Contains("INDEX SEEK(MessageIds", Plan("$.MessageIds[*] ANY = 'x'"), StringComparison.Ordinal);
        Assert.Contains("INDEX SEEK(OpenOwner", Plan("$.OpenOwner = 'marcus.lee@fabrikam.example'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Store_History_IsNeverRewritten()
    {
        var store = _db.Open();
        var repository = new LiteDbDisputeRepository(store);
        var dispute = NewDispute(repository.NextId(), T0);
        repository.Save(dispute);
        var before = repository.History(dispute.Id);

        // Even a forged second copy with the same sequence numbers cannot replace stored entries.
        var forged = NewDispute(dispute.Id, T0 + Duration.FromDays(1), owner: Elena);
        Assert.Throws<DisputeConcurrencyException>(() => repository.Save(forged));

        Assert.Equal(before, repository.History(dispute.Id));
    }
}

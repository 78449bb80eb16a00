using BenchmarkDotNet.Attributes;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Storage;
using NodaTime;

namespace MailTriage.Benchmarks;

/// <summary>
/// The dashboard's list queries against a LiteDB file holding 100,000 disputes (with their histories and SLA state),
/// 2 % of them overdue. The file is built once and reused from the temp folder by later runs.
/// Target: the overdue list under 50 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RoutingStoreBenchmarks
{
    private const int Disputes = 100_000;
    private const int OverdueEvery = 50;
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 2, 18, 0);
    private static readonly string[] Owners = [.. Enumerable.Range(1, 40).Select(i => $"owner{i:00}@fabrikam.example")];

    private LiteDbStore _store = null!;
    private LiteDbSlaStateRepository _sla = null!;
    private LiteDbDisputeRepository _disputes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), "mailtriage-bench-routing-100k-v1.db");
        var fresh = !File.Exists(path);
        _store = new LiteDbStore(new LiteDbStoreOptions { Path = path, DurableCommits = false });
        _disputes = new LiteDbDisputeRepository(_store);
        _sla = new LiteDbSlaStateRepository(_store);
        if (fresh || _disputes.Count() != Disputes)
        {
            Seed();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>Every overdue dispute (2,000 of 100,000), most overdue first.</summary>
    [Benchmark]
    public int OverdueDisputes() => _sla.Overdue(Now, limit: 10_000).Count;

    /// <summary>One owner's open cases (about 2,500).</summary>
    [Benchmark]
    public int OpenByOwner() => _disputes.OpenByOwner(Owners[7]).Count;

    /// <summary>Disputes on one invoice number.</summary>
    [Benchmark]
    public int ByInvoice() => _disputes.ByInvoice("INV-0073311").Count;

    /// <summary>Open load of a 10-person team, as assignment asks for it.</summary>
    [Benchmark]
    public int OpenLoadOfTeam() => _disputes.OpenLoadByOwner(Owners.Take(10)).Count;

    private void Seed()
    {
        var opened = Now - Duration.FromDays(30);
        for (var batch = 0; batch < Disputes / 10_000; batch++)
        {
            var disputes = new List<Dispute>(10_000);
            var states = new List<SlaStateRecord>(10_000);
            for (var i = batch * 10_000; i < (batch + 1) * 10_000; i++)
            {
                var at = opened + Duration.FromSeconds(i * 20);
                var owner = Owners[i % Owners.Length];
                var dispute = Dispute.Open(
                    DisputeId.FromSequence(i + 1),
                    new DisputeFacts
                    {
                        Reason = DisputeReasonCodes.All[i % DisputeReasonCodes.All.Count],
                        CustomerKey = $"C-{i % 5000:000000}",
                        InvoiceNumbers = [$"INV-{i:0000000}"],
                        Amount = 100 + (i % 9000),
                        Currency = "USD",
                        Region = "US",
                    },
                    new DisputeRouting("customer-service-us", "standard", "us-central", DisputePriority.Normal, 20),
                    new CustomerMessageRef("ar-us@fabrikam.example", $"<m{i}@customer.example>", $"conv-{i}", at));
                dispute.Assign(new DisputeOwner(owner, owner, "customer-service-us", null), DisputeActor.System, at, "seed");
                disputes.Add(dispute);

                var due = i % OverdueEvery == 0 ? Now - Duration.FromHours(1 + (i % 97)) : Now + Duration.FromHours(1 + (i % 200));
                states.Add(new SlaStateRecord(dispute.Id, DisputeState.Assigned, "customer-service-us", owner, dispute.Facts.CustomerKey,
                    dispute.Facts.Reason, DisputePriority.Normal, due, SlaClockKind.Resolve, i % OverdueEvery == 0 ? SlaPhase.Breached : SlaPhase.OnTrack, 0, Now));
            }

            _disputes.ImportNew(disputes);
            _sla.UpsertMany(states);
        }

        _store.Checkpoint();
    }
}

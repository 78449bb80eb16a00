using BenchmarkDotNet.Attributes;
using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Benchmarks;

/// <summary>
/// SLA arithmetic and routing on the example matrix (Chicago calendar: lunch break, US holidays). Each benchmark
/// runs 1,000 computations over start instants spread across 2026 and reports the time of one
/// (<c>OperationsPerInvoke</c>), so computations per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RoutingSlaBenchmarks
{
    private const int Batch = 1000;
    private Instant[] _starts = [];
    private BusinessCalendar _calendar = null!;
    private SlaPolicy _policy = null!;
    private ResolutionMatrix _matrix = null!;
    private IReadOnlyList<DisputeEvent>[] _histories = [];
    private DisputeRoutingQuery[] _queries = [];

    [GlobalSetup]
    public void Setup()
    {
        _matrix = ResolutionMatrixLoader.LoadOrThrow(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "config", "resolution-matrix.yaml")));
        _calendar = _matrix.Calendars["us-central"];
        _policy = _matrix.Policies["standard"];
        var random = new Random(20260101);
        var origin = Instant.FromUtc(2026, 1, 1, 0, 0);
        _starts = [.. Enumerable.Range(0, Batch).Select(_ => origin + Duration.FromMinutes(random.Next(0, 365 * 24 * 60)))];
        _histories = [.. _starts.Select(Worked)];
        var reasons = DisputeReasonCodes.All;
        string?[] regions = ["US", "MX", "ES", null];
        _queries = [.. Enumerable.Range(0, Batch).Select(i => new DisputeRoutingQuery(
            reasons[i % reasons.Count], regions[i % regions.Length], random.Next(0, 400_000), null, i % 17 == 0 ? "bigboxmart.example" : "shop.example"))];
    }

    /// <summary>"Resolve within 5 business days": the due-time computation itself.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public Instant DueTime_FiveBusinessDays()
    {
        var last = default(Instant);
        var amount = _calendar.BusinessDayLength * 5;
        foreach (var start in _starts)
        {
            last = _calendar.AddBusinessTime(start, amount);
        }

        return last;
    }

    /// <summary>All clocks of a worked dispute (opened, assigned, started, on hold, customer reply) with warnings and ladder.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Evaluate_WorkedDispute()
    {
        var overdue = 0;
        foreach (var history in _histories)
        {
            overdue += SlaEvaluator.Evaluate(_policy, _calendar, history, history[^1].At + Duration.FromDays(3)).IsOverdue ? 1 : 0;
        }

        return overdue;
    }

    /// <summary>Most-specific row of the example matrix.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Route_ExampleMatrix()
    {
        var rows = 0;
        foreach (var query in _queries)
        {
            rows += _matrix.Route(query).Rule.Row;
        }

        return rows;
    }

    private static IReadOnlyList<DisputeEvent> Worked(Instant opened)
    {
        var owner = new DisputeOwner("Marcus Lee", "marcus.lee@fabrikam.example", "pricing", "priya.raman@fabrikam.example");
        var actor = DisputeActor.Staff(owner.Email);
        var dispute = Dispute.Open(
            new DisputeId("DSP-000001"),
            new DisputeFacts { Reason = "pricing", CustomerKey = "C-100045", InvoiceNumbers = ["INV-1001"] },
            new DisputeRouting("pricing", "standard", "us-central", DisputePriority.Normal, 3),
            new CustomerMessageRef("ar-us", "<m1@x>", "conv", opened));
        dispute.Assign(owner, DisputeActor.System, opened, "bench");
        dispute.Start(actor, opened + Duration.FromHours(2));
        dispute.AwaitCustomer(actor, opened + Duration.FromHours(20), "asked for POD");
        dispute.RecordCustomerMessage(new CustomerMessageRef("ar-us", "<m2@x>", "conv", opened + Duration.FromHours(70)));
        return dispute.History;
    }
}

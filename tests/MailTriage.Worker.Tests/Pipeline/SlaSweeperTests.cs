using MailTriage.Classifier.Triage;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.TestUtils;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Options;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;
using MailTriage.Worker.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MailTriage.Worker.Tests.Pipeline;

/// <summary>The SLA sweep over a real LiteDB store and the project's example resolution matrix, driven by a fake clock.</summary>
public sealed class SlaSweeperTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly PipelineFixture _mail = new();

    public void Dispose()
    {
        _db.Dispose();
        _mail.Dispose();
    }

    [Fact]
    public async Task SweepAsync_UnacknowledgedDisputeOverDays_WarnsThenEscalatesOnceEach()
    {
        var (sweeper, repository, time) = await OpenDisputeAsync();

        var sentOnDay0 = await sweeper.SweepAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(10));
        var sentAfterBreach = await sweeper.SweepAsync(CancellationToken.None);
        var sentAgain = await sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(0, sentOnDay0);
        Assert.True(sentAfterBreach >= 2, $"expected warnings and escalations, got {sentAfterBreach}");
        Assert.Equal(0, sentAgain);
        var dispute = repository.Find(repository.OpenDisputeIds().Single())!;
        Assert.True(dispute.EscalationLevel >= 1);
        var outbox = Directory.GetFiles(_mail.Outbox, "sla-*.eml");
        Assert.Equal(sentAfterBreach, outbox.Length);
        Assert.Contains(outbox, f => File.ReadAllText(f).Contains("SLA breach", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SweepAsync_RestartedWorker_DoesNotResendWhatTheLedgerAlreadyClaimed()
    {
        var (sweeper, _, time) = await OpenDisputeAsync();
        time.Advance(TimeSpan.FromDays(10));
        var first = await sweeper.SweepAsync(CancellationToken.None);

        _db.CloseAll();
        var (restarted, _) = Sweeper(_db.Open(), time);
        var second = await restarted.SweepAsync(CancellationToken.None);

        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal(first, Directory.GetFiles(_mail.Outbox, "sla-*.eml").Length);
    }

    private async Task<(SlaSweeper Sweeper, LiteDbDisputeRepository Repository, FakeTimeProvider Time)> OpenDisputeAsync()
    {
        var store = _db.Open();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        var (sweeper, repository) = Sweeper(store, time);
        var desk = new RoutingDisputeDesk(
            new DisputeIntake(Matrix.Value, repository, new LiteDbAssignmentRepository(store), new DisputeLinker()),
            Matrix.Value,
            new LiteDbSlaStateRepository(store),
            new Dictionary<string, MailboxOptions> { ["disputes"] = new() { Id = "disputes", Region = "US" } });
        _mail.Drop("a.eml", PipelineFixture.PricingDispute);
        var message = await _mail.SingleAsync();
        var input = new Classifier.Mime.MimeMessageReader().ReadFile(Path.Combine(_mail.Source.Directory, "a.eml")).Message!;
        var engine = MailTriage.Worker.Models.TriageEngineLoader.Load(TestPaths.Models, new DefaultMessageNormaliser(), new DefaultEntityExtractor());
        var result = engine.Triage(input);
        desk.Intake(message, new MailMessageFacts(input.From, input.Subject, input.MessageId, null, [], null), result, time.GetUtcNow());
        return (sweeper, repository, time);
    }

    private (SlaSweeper, LiteDbDisputeRepository) Sweeper(LiteDbStore store, FakeTimeProvider time)
    {
        var repository = new LiteDbDisputeRepository(store);
        var sweeper = new SlaSweeper(
            repository, new LiteDbSlaStateRepository(store), Matrix.Value, new LiteDbProcessedMessageStore(store),
            new IMailboxSource[] { _mail.Source }, new PipelineOptions(), time, NullLogger<SlaSweeper>.Instance);
        return (sweeper, repository);
    }

    private static readonly Lazy<ResolutionMatrix> Matrix = new(() =>
        ResolutionMatrix.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml"))));
}

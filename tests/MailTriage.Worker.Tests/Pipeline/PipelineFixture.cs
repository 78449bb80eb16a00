using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;
using MailTriage.TestUtils;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Models;
using MailTriage.Worker.Options;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace MailTriage.Worker.Tests.Pipeline;

/// <summary>A processor over a temporary local mailbox, the committed models, a fake clock and a substitute dispute desk.</summary>
internal sealed class PipelineFixture : IDisposable
{
    private static readonly Lazy<TriageEngine> SharedEngine = new(() =>
        TriageEngineLoader.Load(TestPaths.Models, new DefaultMessageNormaliser(), new DefaultEntityExtractor()));

    public PipelineFixture()
    {
        Root = Directory.CreateTempSubdirectory("mailtriage-pipeline-").FullName;
        Source = new LocalFolderMailboxSource("disputes", Path.Combine(Root, "disputes"), Path.Combine(Root, "outbox"), "disputes@fabrikam.example");
        Directory.CreateDirectory(Source.Directory);
        Desk.Intake(default!, default!, default!, default).ReturnsForAnyArgs(call => new DisputeIntakeResult(
            "DSP-000042", Created: true, "Ana Ruiz", "ana.ruiz@fabrikam.example", "pricing", "Normal",
            Time.GetUtcNow().AddHours(4), Time.GetUtcNow().AddDays(5), null));
    }

    public string Root { get; }
    public LocalFolderMailboxSource Source { get; }
    public InMemoryProcessedMessageStore Store { get; } = new();
    public IDisputeDesk Desk { get; } = Substitute.For<IDisputeDesk>();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
    public PipelineOptions Options { get; } = new();

    public string Outbox => Path.Combine(Root, "outbox");

    public MessageProcessor Processor(MimeMessageReader? reader = null) => new(
        reader ?? new MimeMessageReader(), SharedEngine.Value, Store, Desk, new OwnMailDetector(["disputes@fabrikam.example"]),
        new ActionOptions(), Options, Time, NullLogger<MessageProcessor>.Instance);

    public string Drop(string fileName, string eml)
    {
        var path = Path.Combine(Source.Directory, fileName);
        File.WriteAllText(path, eml.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        return path;
    }

    public async Task<IncomingMessage> SingleAsync() => (await Source.FetchAsync(CancellationToken.None)).Messages.Single();

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public const string PricingDispute = """
        From: Hal Granger <hal@grangerelectric.example>
        To: disputes@fabrikam.example
        Subject: Invoice 90013301 - wrong unit price
        Date: Mon, 23 Nov 2026 09:12:00 -0600
        Message-ID: <dispute-1@grangerelectric.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Hello,

        Invoice 90013301 bills the conduit fittings at $2.86 each but our contract price is $2.41.
        We do not agree with this price and will not pay the difference of $1,080.00 until you issue a credit memo.

        Regards,
        Hal
        """;
}

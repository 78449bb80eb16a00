using MailTriage.Classifier.Mime;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace MailTriage.Worker.Tests.Pipeline;

public sealed class MessageProcessorTests : IDisposable
{
    private readonly PipelineFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task ProcessAsync_NewDispute_RoutesActsNotifiesAndRecordsOnce()
    {
        _f.Drop("a.eml", PipelineFixture.PricingDispute);
        var message = await _f.SingleAsync();

        var outcome = await _f.Processor().ProcessAsync(_f.Source, message, CancellationToken.None);

        Assert.Equal(ProcessingOutcome.Triaged, outcome);
        var record = _f.Store.Find("disputes", "a.eml")!;
        Assert.Equal(ProcessingState.Acted, record.State);
        Assert.Equal("dispute", record.Label);
        Assert.Equal("DSP-000042", record.DisputeId);
        Assert.Contains("90013301", record.InvoiceNumbers);
        Assert.Equal(3, record.TopIntents.Count);
        Assert.StartsWith("dispute ", record.TopIntents[0], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_f.Source.Directory, "AR-Disputes", "a.eml")));
        Assert.Single(Directory.GetFiles(_f.Outbox, "*.eml"));
    }

    [Fact]
    public async Task ProcessAsync_ReplayAfterCrashBeforeActing_ActsAgainWithoutASecondNotification()
    {
        _f.Drop("a.eml", PipelineFixture.PricingDispute);
        var message = await _f.SingleAsync();
        await _f.Processor().ProcessAsync(_f.Source, message, CancellationToken.None);
        // Simulate a crash between "classified" and "acted": the record says Classified, the notification was claimed.
        _f.Store.Save(_f.Store.Find("disputes", "a.eml")! with { State = ProcessingState.Classified });

        var outcome = await _f.Processor().ProcessAsync(_f.Source, message, CancellationToken.None);

        Assert.Equal(ProcessingOutcome.Triaged, outcome);
        Assert.Equal(ProcessingState.Acted, _f.Store.Find("disputes", "a.eml")!.State);
        Assert.Single(Directory.GetFiles(_f.Outbox, "*.eml"));
    }

    [Fact]
    public async Task ProcessAsync_MessageAlreadyActed_IsSkipped()
    {
        _f.Drop("a.eml", PipelineFixture.PricingDispute);
        var message = await _f.SingleAsync();
        await _f.Processor().ProcessAsync(_f.Source, message, CancellationToken.None);

        var outcome = await _f.Processor().ProcessAsync(_f.Source, message, CancellationToken.None);

        Assert.Equal(ProcessingOutcome.AlreadyDone, outcome);
        _f.Desk.ReceivedWithAnyArgs(1).Intake(default!, default!, default!, default);
    }

    [Fact]
    public async Task ProcessAsync_SameMessageIdUnderANewFileName_IsIgnoredAsADuplicate()
    {
        _f.Drop("a.eml", PipelineFixture.PricingDispute);
        await _f.Processor().ProcessAsync(_f.Source, await _f.SingleAsync(), CancellationToken.None);
        _f.Drop("b.eml", PipelineFixture.PricingDispute);
        var copy = (await _f.Source.FetchAsync(CancellationToken.None)).Messages.Single(m => m.SourceId == "b.eml");

        var outcome = await _f.Processor().ProcessAsync(_f.Source, copy, CancellationToken.None);

        Assert.Equal(ProcessingOutcome.Ignored, outcome);
        Assert.Single(Directory.GetFiles(_f.Outbox, "*.eml"));
    }

    [Fact]
    public async Task ProcessAsync_TheBotsOwnTaskMailComingBack_IsIgnored()
    {
        _f.Drop("own.eml", """
            From: disputes@fabrikam.example
            To: disputes@fabrikam.example
            Subject: [MailTriage] Dispute DSP-000001 assigned: pricing
            Date: Mon, 23 Nov 2026 09:12:00 -0600
            Message-ID: <own-1@fabrikam.example>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            A dispute was assigned to you. We do not agree with the price.
            mailtriage-marker:assign-DSP-000001
            """);

        var outcome = await _f.Processor().ProcessAsync(_f.Source, await _f.SingleAsync(), CancellationToken.None);

        Assert.Equal(ProcessingOutcome.Ignored, outcome);
        _f.Desk.DidNotReceiveWithAnyArgs().Intake(default!, default!, default!, default);
    }

    [Fact]
    public async Task ProcessAsync_UnparseableMail_IsQuarantinedWithAReasonAndNeverDeleted()
    {
        _f.Drop("broken.eml", "");

        var outcome = await _f.Processor().ProcessAsync(_f.Source, await _f.SingleAsync(), CancellationToken.None);

        Assert.Equal(ProcessingOutcome.Quarantined, outcome);
        var record = _f.Store.Find("disputes", "broken.eml")!;
        Assert.Equal(ProcessingState.Parked, record.State);
        Assert.False(string.IsNullOrWhiteSpace(record.Reason));
        Assert.True(File.Exists(Path.Combine(_f.Source.Directory, "AR-Quarantine", "broken.eml")));
    }

    [Fact]
    public async Task ProcessAsync_FailingRepeatedly_BacksOffThenParks()
    {
        _f.Drop("a.eml", PipelineFixture.PricingDispute);
        var message = await _f.SingleAsync();
        _f.Desk.Intake(default!, default!, default!, default).ReturnsForAnyArgs(_ => throw new InvalidOperationException("store unavailable"));
        _f.Options.MaxAttempts = 3;
        var processor = _f.Processor();

        Assert.Equal(ProcessingOutcome.Failed, await processor.ProcessAsync(_f.Source, message, CancellationToken.None));
        Assert.Equal(ProcessingOutcome.Deferred, await processor.ProcessAsync(_f.Source, message, CancellationToken.None));
        _f.Time.Advance(_f.Options.RetryBaseDelay);
        Assert.Equal(ProcessingOutcome.Failed, await processor.ProcessAsync(_f.Source, message, CancellationToken.None));
        _f.Time.Advance(_f.Options.RetryBaseDelay * 2);
        Assert.Equal(ProcessingOutcome.Parked, await processor.ProcessAsync(_f.Source, message, CancellationToken.None));

        var record = _f.Store.Find("disputes", "a.eml")!;
        Assert.Equal(3, record.Attempts);
        Assert.Contains("store unavailable", record.Reason);
        Assert.True(File.Exists(Path.Combine(_f.Source.Directory, "a.eml")));
    }

    [Fact]
    public async Task ProcessAsync_RecipientOverItsCap_GetsNoMoreMail()
    {
        _f.Options.MaxNotificationsPerRecipient = 1;
        _f.Store.TryClaimNotification("earlier", _f.Time.GetUtcNow());
        _f.Store.RecordNotificationRecipient("earlier", "ana.ruiz@fabrikam.example", _f.Time.GetUtcNow());
        _f.Drop("a.eml", PipelineFixture.PricingDispute);

        await _f.Processor().ProcessAsync(_f.Source, await _f.SingleAsync(), CancellationToken.None);

        Assert.False(Directory.Exists(_f.Outbox) && Directory.GetFiles(_f.Outbox).Length > 0);
    }
}

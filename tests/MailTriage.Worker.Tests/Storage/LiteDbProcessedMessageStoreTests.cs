using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;

namespace MailTriage.Worker.Tests.Storage;

public sealed class LiteDbProcessedMessageStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 14, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static ProcessedMessage Message(string sourceId, string? internetMessageId, ProcessingState state = ProcessingState.Classified) => new()
    {
        MailboxId = "ar-us@fabrikam.example",
        SourceId = sourceId,
        InternetMessageId = internetMessageId,
        State = state,
        Label = "dispute",
        Confidence = 0.93f,
        DisputeReason = "pricing",
        InvoiceNumbers = ["INV-1001", "INV-1002"],
        DisputeId = "DSP-000001",
        Attempts = 1,
        FirstSeenAt = Now,
        UpdatedAt = Now,
    };

    [Fact]
    public void Save_ThenRestart_FoundBySourceIdAndByInternetMessageId()
    {
        var record = Message("AAMkAGI2=", "<abc@bigboxmart.example>");
        new LiteDbProcessedMessageStore(_db.Open()).Save(record);

        var store = new LiteDbProcessedMessageStore(_db.Reopen());

        Assert.Equivalent(record, store.Find("ar-us@fabrikam.example", "AAMkAGI2="), strict: true);
        Assert.Equal("AAMkAGI2=", store.FindByInternetMessageId("AR-US@fabrikam.example", "abc@bigboxmart.example")!.SourceId);
        Assert.Null(store.Find("ar-mx@fabrikam.example", "AAMkAGI2="));
    }

    [Fact]
    public void Save_SameSourceIdAgain_ReplacesRecord()
    {
        var store = new LiteDbProcessedMessageStore(_db.Open());
        store.Save(Message("id-1", "<m1@x>"));

        store.Save(Message("id-1", "<m1@x>", ProcessingState.Acted) with { UpdatedAt = Now.AddMinutes(1) });

        Assert.Equal(ProcessingState.Acted, store.Find("ar-us@fabrikam.example", "id-1")!.State);
        Assert.Single(store.All());
    }

    [Fact]
    public void TryClaimNotification_Twice_OnlyFirstWinsEvenAfterRestart()
    {
        var first = new LiteDbProcessedMessageStore(_db.Open());
        Assert.True(first.TryClaimNotification("DSP-000001/assigned", Now));
        Assert.False(first.TryClaimNotification("DSP-000001/assigned", Now));

        var restarted = new LiteDbProcessedMessageStore(_db.Reopen());

        Assert.False(restarted.TryClaimNotification("DSP-000001/assigned", Now.AddMinutes(5)));
        Assert.True(restarted.TryClaimNotification("DSP-000002/assigned", Now.AddMinutes(5)));
    }

    [Fact]
    public void CountNotificationsTo_SinceMoment_CountsSentOnesForThatRecipient()
    {
        var store = new LiteDbProcessedMessageStore(_db.Open());
        store.RecordNotificationRecipient("n1", "Marcus.Lee@fabrikam.example", Now.AddHours(-2));
        store.RecordNotificationRecipient("n2", "marcus.lee@fabrikam.example", Now.AddMinutes(-10));
        store.RecordNotificationRecipient("n3", "marcus.lee@fabrikam.example", Now.AddMinutes(-5));
        store.RecordNotificationRecipient("n4", "elena.ortiz@fabrikam.example", Now.AddMinutes(-5));

        Assert.Equal(2, store.CountNotificationsTo("MARCUS.LEE@fabrikam.example", Now.AddHours(-1)));
    }
}

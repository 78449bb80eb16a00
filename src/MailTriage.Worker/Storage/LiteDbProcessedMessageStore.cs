using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using MailTriage.Routing.Linking;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>
/// The pipeline's memory in LiteDB: one record per (mailbox, immutable id), findable by Internet Message-ID, and the
/// claimed notifications that make "send once" hold across crashes.
/// </summary>
public sealed class LiteDbProcessedMessageStore(LiteDbStore store) : IProcessedMessageStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private ILiteCollection<ProcessedMessageDocument> Messages => store.Collection<ProcessedMessageDocument>(LiteDbStore.ProcessedMessages);

    private ILiteCollection<NotificationDocument> Notifications => store.Collection<NotificationDocument>(LiteDbStore.Notifications);

    public ProcessedMessage? Find(string mailboxId, string sourceId) =>
        Messages.FindById(Key(mailboxId, sourceId)) is { } d ? Read(d) : null;

    public ProcessedMessage? FindByInternetMessageId(string mailboxId, string internetMessageId) =>
        Messages.FindOne(LiteDbStore.Equal("MessageKey", MessageKey(mailboxId, internetMessageId))) is { } d ? Read(d) : null;

    public void Save(ProcessedMessage record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new ProcessedMessageDocument
        {
            Id = Key(record.MailboxId, record.SourceId),
            MessageKey = string.IsNullOrWhiteSpace(record.InternetMessageId) ? null : MessageKey(record.MailboxId, record.InternetMessageId),
            MailboxId = record.MailboxId,
            State = record.State.ToString(),
            UpdatedAt = InstantTicks.From(record.UpdatedAt),
            Json = JsonSerializer.Serialize(record, Json),
        };
        store.Write(() => Messages.Upsert(document));
    }

    public IReadOnlyList<ProcessedMessage> All() => [.. Messages.FindAll().Select(Read)];

    // Asked every cycle for every mailbox, so it goes through the State index rather than reading every record.
    public IReadOnlyList<ProcessedMessage> Unfinished(string mailboxId) =>
        [.. Messages.Find(LiteDbStore.In("State", nameof(ProcessingState.Classified), nameof(ProcessingState.Failed)))
            .Where(d => string.Equals(d.MailboxId, mailboxId, StringComparison.OrdinalIgnoreCase))
            .Select(Read)];

    public bool TryClaimNotification(string notificationId, DateTimeOffset at) => store.Write(() =>
    {
        if (Notifications.FindById(notificationId) is not null)
        {
            return false;
        }

        Notifications.Insert(new NotificationDocument { Id = notificationId, ClaimedAt = InstantTicks.From(at) });
        return true;
    });

    public int CountNotificationsTo(string recipient, DateTimeOffset since)
    {
        var from = InstantTicks.From(since);
        return Notifications.Find(LiteDbStore.Equal("Recipient", recipient.Trim().ToLowerInvariant())).Count(n => n.SentAt >= from);
    }

    public void RecordNotificationRecipient(string notificationId, string recipient, DateTimeOffset at) => store.Write(() =>
    {
        var document = Notifications.FindById(notificationId) ?? new NotificationDocument { Id = notificationId, ClaimedAt = InstantTicks.From(at) };
        document.Recipient = recipient.Trim().ToLowerInvariant();
        document.SentAt = InstantTicks.From(at);
        Notifications.Upsert(document);
    });

    private static ProcessedMessage Read(ProcessedMessageDocument document) =>
        JsonSerializer.Deserialize<ProcessedMessage>(document.Json, Json)
        ?? throw new InvalidDataException($"Processed-message record {document.Id} is empty.");

    private static string Key(string mailboxId, string sourceId) => $"{mailboxId.Trim().ToLowerInvariant()}|{sourceId}";

    private static string MessageKey(string mailboxId, string internetMessageId) =>
        $"{mailboxId.Trim().ToLowerInvariant()}|{ThreadKeys.MessageId(internetMessageId)}";
}

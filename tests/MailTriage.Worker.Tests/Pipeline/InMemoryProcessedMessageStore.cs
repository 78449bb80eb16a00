using MailTriage.Worker.Pipeline;

namespace MailTriage.Worker.Tests.Pipeline;

internal sealed class InMemoryProcessedMessageStore : IProcessedMessageStore
{
    private readonly Dictionary<string, ProcessedMessage> _records = [];
    private readonly Dictionary<string, (DateTimeOffset At, string? Recipient)> _notifications = [];

    public ProcessedMessage? Find(string mailboxId, string sourceId) => _records.GetValueOrDefault($"{mailboxId}|{sourceId}");

    public ProcessedMessage? FindByInternetMessageId(string mailboxId, string internetMessageId) =>
        _records.Values.FirstOrDefault(r => r.MailboxId == mailboxId && r.InternetMessageId == internetMessageId);

    public void Save(ProcessedMessage record) => _records[$"{record.MailboxId}|{record.SourceId}"] = record;

    public IReadOnlyList<ProcessedMessage> All() => [.. _records.Values];

    public IReadOnlyList<ProcessedMessage> Unfinished(string mailboxId) =>
        [.. _records.Values.Where(r => r.MailboxId == mailboxId && r.State is ProcessingState.Classified or ProcessingState.Failed)];

    public bool TryClaimNotification(string notificationId, DateTimeOffset at) => _notifications.TryAdd(notificationId, (at, null));

    public int CountNotificationsTo(string recipient, DateTimeOffset since) =>
        _notifications.Values.Count(n => n.Recipient == recipient && n.At >= since);

    public void RecordNotificationRecipient(string notificationId, string recipient, DateTimeOffset at) => _notifications[notificationId] = (at, recipient);
}

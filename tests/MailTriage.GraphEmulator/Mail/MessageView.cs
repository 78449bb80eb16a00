namespace MailTriage.GraphEmulator.Mail;

/// <summary>A snapshot of a stored message for test assertions.</summary>
public sealed record MessageView
{
    public required string Id { get; init; }
    public required string RestId { get; init; }
    public required string FolderId { get; init; }
    public required string FolderName { get; init; }
    public required string Subject { get; init; }
    public string? From { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public bool IsRead { get; init; }
    public required string FlagStatus { get; init; }
    public DateTimeOffset? FlagDue { get; init; }
    public required string InternetMessageId { get; init; }
    public required string ConversationId { get; init; }
    public required string ChangeKey { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }
}

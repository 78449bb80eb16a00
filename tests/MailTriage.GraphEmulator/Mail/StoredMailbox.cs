namespace MailTriage.GraphEmulator.Mail;

/// <summary>One mailbox (user or shared) with its folders and messages.</summary>
internal sealed class StoredMailbox
{
    public required string ObjectId { get; init; }
    public required string Address { get; init; }
    public required string DisplayName { get; init; }
    public Dictionary<string, StoredFolder> Folders { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StoredMessage> Messages { get; } = new(StringComparer.Ordinal);

    /// <summary>REST id → immutable id, for messages addressed without <c>Prefer: IdType="ImmutableId"</c>.</summary>
    public Dictionary<string, string> RestIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Bumped to invalidate every outstanding delta token of this mailbox (they then answer 410).</summary>
    public int SyncEpoch { get; set; }
}

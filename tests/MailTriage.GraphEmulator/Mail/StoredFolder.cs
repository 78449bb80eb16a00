namespace MailTriage.GraphEmulator.Mail;

/// <summary>A mail folder; removals are kept as tombstones so a later delta round can report <c>@removed</c>.</summary>
internal sealed class StoredFolder
{
    public required string Id { get; init; }
    public string? WellKnownName { get; init; }
    public required string DisplayName { get; init; }
    public string? ParentId { get; init; }

    /// <summary>(message immutable id, its REST id then, store sequence at which it left this folder).</summary>
    public List<(string MessageId, string RestId, long Seq)> Removals { get; } = [];
}

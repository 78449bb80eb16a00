using System.Text.Json;

namespace MailTriage.Worker.Graph;

/// <summary>Where one folder continues after a batch: the nextLink or deltaLink, and the batch's fetch order.</summary>
public sealed record GraphFolderCheckpoint(string Folder, string Link, long Sequence);

/// <summary>
/// The opaque <see cref="Mailboxes.MailboxBatch.Checkpoint"/> of a Graph batch: one entry for the folder that
/// produced its messages, or one per folder that advanced without new mail (an empty batch).
/// </summary>
public static class GraphCheckpoint
{
    public static string Write(IReadOnlyList<GraphFolderCheckpoint> folders) => JsonSerializer.Serialize(folders);

    public static IReadOnlyList<GraphFolderCheckpoint> Read(string checkpoint) =>
        JsonSerializer.Deserialize<List<GraphFolderCheckpoint>>(checkpoint) ?? [];

    /// <summary>The sync-state key of a folder's link; the version segment changes whenever the delta $select does.</summary>
    public static string StoreKey(string mailbox, string folder) =>
        $"graph-delta/v1/{mailbox.ToLowerInvariant()}/{folder.ToLowerInvariant()}";
}

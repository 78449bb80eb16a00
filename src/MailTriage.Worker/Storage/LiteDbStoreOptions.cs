namespace MailTriage.Worker.Storage;

/// <summary>Where the embedded database lives and how hard it tries to be durable.</summary>
public sealed class LiteDbStoreOptions
{
    /// <summary>Path of the LiteDB file; its journal is written next to it as "&lt;name&gt;-log.db".</summary>
    public required string Path { get; init; }

    /// <summary>
    /// Flush every commit through to the data file before returning (default true). LiteDB writes committed pages
    /// to its journal on a background thread, so without this a process killed just after a commit can lose that
    /// commit (never the database). Turn off only for bulk imports and benchmarks.
    /// </summary>
    public bool DurableCommits { get; init; } = true;
}

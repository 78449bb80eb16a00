namespace MailTriage.Routing.Persistence;

/// <summary>Small durable settings such as each mailbox folder's Graph deltaLink (key from <see cref="CheckpointKeys"/>).</summary>
public interface IKeyValueStore
{
    string? Get(string key);

    void Set(string key, string value);

    bool Remove(string key);
}

public static class CheckpointKeys
{
    public static string DeltaLink(string mailboxId, string folderId) =>
        $"delta/{mailboxId.Trim().ToLowerInvariant()}/{folderId.Trim()}";
}

using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator;

/// <summary>A test's handle on one emulated mailbox: seed mail, act as a human user, and inspect the result.</summary>
public sealed class EmulatedMailbox
{
    private readonly EmulatorState _state;

    internal EmulatedMailbox(EmulatorState state, string address)
    {
        _state = state;
        Address = address;
    }

    public string Address { get; }

    public MailboxCounters Counters => _state.Counters.For(Address);

    /// <summary>Creates a folder under <paramref name="parent"/> (a well-known name or folder id); returns its id.</summary>
    public string AddFolder(string displayName, string parent = WellKnownFolders.Root) =>
        Locked(mb => _state.Store.CreateFolder(mb, MailStore.FindFolder(mb, parent) ?? throw NoFolder(parent), displayName).Id);

    /// <summary>The id of a folder given by well-known name, id or display name.</summary>
    public string FolderId(string folder) => Locked(mb => Folder(mb, folder).Id);

    public MessageView AddMessage(NewMessage message, string folder = "inbox") =>
        Locked(mb => View(mb, _state.Store.AddMessage(mb, Folder(mb, folder), message)));

    public MessageView AddEml(string emlText, string folder = "inbox") => AddMessage(EmlLoader.Load(emlText), folder);

    public IReadOnlyList<MessageView> Messages(string? folder = null) =>
        Locked(mb =>
        {
            var folderId = folder is null ? null : Folder(mb, folder).Id;
            return (IReadOnlyList<MessageView>)mb.Messages.Values
                .Where(m => folderId is null || m.FolderId == folderId)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.ChangeSeq)
                .Select(m => View(mb, m))
                .ToList();
        });

    /// <summary>By immutable id (or current REST id); null once deleted.</summary>
    public MessageView? Find(string id) => Locked(mb => MailStore.FindMessage(mb, id) is { } m ? View(mb, m) : null);

    /// <summary>Moves a message as a user would in Outlook (the REST id changes, the immutable id does not).</summary>
    public void Move(string id, string folder) =>
        Locked(mb =>
        {
            _state.Store.Move(mb, MailStore.FindMessage(mb, id) ?? throw NoMessage(id), Folder(mb, folder));
            return 0;
        });

    /// <summary>Deletes a message as a user would; Graph then answers 404 for it.</summary>
    public void Delete(string id) =>
        Locked(mb =>
        {
            _state.Store.Delete(mb, MailStore.FindMessage(mb, id) ?? throw NoMessage(id));
            return 0;
        });

    /// <summary>Marks a message read or unread as a user would, which makes it show up again in delta.</summary>
    public void SetRead(string id, bool isRead) =>
        Locked(mb =>
        {
            var m = MailStore.FindMessage(mb, id) ?? throw NoMessage(id);
            m.IsRead = isRead;
            _state.Store.Touch(m);
            return 0;
        });

    /// <summary>Invalidates every outstanding delta token: the next request with one is answered 410 Gone.</summary>
    public void ExpireDeltaTokens() =>
        Locked(mb =>
        {
            mb.SyncEpoch++;
            return 0;
        });

    private T Locked<T>(Func<StoredMailbox, T> action)
    {
        lock (_state.Store.Sync)
        {
            return action(_state.Store.FindMailbox(Address) ?? throw new InvalidOperationException("No such mailbox: " + Address));
        }
    }

    private static StoredFolder Folder(StoredMailbox mb, string key) =>
        MailStore.FindFolder(mb, key)
        ?? mb.Folders.Values.FirstOrDefault(f => string.Equals(f.DisplayName, key, StringComparison.OrdinalIgnoreCase))
        ?? throw NoFolder(key);

    private static MessageView View(StoredMailbox mb, StoredMessage m) => new()
    {
        Id = m.ImmutableId,
        RestId = m.RestId,
        FolderId = m.FolderId,
        FolderName = mb.Folders[m.FolderId].WellKnownName ?? mb.Folders[m.FolderId].DisplayName,
        Subject = m.Subject,
        From = m.From?.Address,
        Categories = [.. m.Categories],
        IsRead = m.IsRead,
        FlagStatus = m.FlagStatus,
        FlagDue = m.FlagDue,
        InternetMessageId = m.InternetMessageId,
        ConversationId = m.ConversationId,
        ChangeKey = m.ChangeKey,
        Headers = [.. m.Headers],
    };

    private static InvalidOperationException NoFolder(string key) => new("No such folder: " + key);

    private static InvalidOperationException NoMessage(string id) => new("No such message: " + id);
}

using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http.Handlers;

/// <summary><c>/users/{id}/mailFolders</c>, <c>…/mailFolders/{id}</c> and <c>…/childFolders</c>.</summary>
internal static class FolderHandlers
{
    /// <summary>Lists the children of <paramref name="parentKey"/> (msgfolderroot for <c>/mailFolders</c>).</summary>
    public static GraphResponse List(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string parentKey)
    {
        if (MailStore.FindFolder(mailbox, parentKey) is not { } parent)
        {
            return GraphResponse.NotFound();
        }

        var name = r.OData.DisplayNameEquals;
        var children = mailbox.Folders.Values
            .Where(f => f.ParentId == parent.Id)
            .Where(f => name is null || string.Equals(f.DisplayName, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return CollectionPage.Write(s, r, children, defaultTop: 10, (w, f) => GraphJson.WriteFolder(w, mailbox, f));
    }

    public static GraphResponse Get(StoredMailbox mailbox, string key) =>
        MailStore.FindFolder(mailbox, key) is { } folder
            ? GraphResponse.Json(200, w => GraphJson.WriteFolder(w, mailbox, folder))
            : GraphResponse.NotFound();

    public static GraphResponse Create(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string parentKey)
    {
        if (MailStore.FindFolder(mailbox, parentKey) is not { } parent)
        {
            return GraphResponse.NotFound();
        }

        var name = r.Body?.GetString("displayName");
        if (string.IsNullOrWhiteSpace(name))
        {
            return GraphResponse.BadRequest("displayName is required.");
        }

        if (mailbox.Folders.Values.Any(f => f.ParentId == parent.Id && string.Equals(f.DisplayName, name, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphResponse.Error(409, "ErrorFolderExists", "A folder with the specified name already exists.");
        }

        var folder = s.Store.CreateFolder(mailbox, parent, name);
        return GraphResponse.Json(201, w => GraphJson.WriteFolder(w, mailbox, folder));
    }
}

using System.Globalization;
using System.Text.Json;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http.Handlers;

/// <summary>GET/PATCH <c>messages/{id}</c>, POST <c>move</c>, attachments, and listing a folder's messages.</summary>
internal static class MessageHandlers
{
    public static GraphResponse List(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string folderKey)
    {
        if (MailStore.FindFolder(mailbox, folderKey) is not { } folder)
        {
            return GraphResponse.NotFound();
        }

        var q = r.OData;
        var immutable = r.Prefer.ImmutableId;
        var messages = mailbox.Messages.Values.Where(m => m.FolderId == folder.Id).OrderByDescending(m => m.ReceivedAt).ToList();
        return CollectionPage.Write(s, r, messages, defaultTop: 10, (w, m) => GraphJson.WriteMessage(w, m, q.Select, immutable, q.ExpandAttachments));
    }

    public static GraphResponse Get(GraphRequest r, StoredMailbox mailbox, string id)
    {
        if (MailStore.FindMessage(mailbox, id) is not { } message)
        {
            return GraphResponse.NotFound();
        }

        var q = r.OData;
        return GraphResponse.Json(200, w => GraphJson.WriteMessage(w, message, q.Select, r.Prefer.ImmutableId, q.ExpandAttachments), Applied(r));
    }

    public static GraphResponse Patch(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string id)
    {
        if (MailStore.FindMessage(mailbox, id) is not { } message)
        {
            return GraphResponse.NotFound();
        }

        if (r.Body is not { ValueKind: JsonValueKind.Object } body)
        {
            return GraphResponse.BadRequest("A JSON object body is required.");
        }

        if (body.Get("categories") is { ValueKind: JsonValueKind.Array } categories)
        {
            message.Categories = categories.EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        }

        if (body.Get("isRead") is { ValueKind: JsonValueKind.True or JsonValueKind.False } isRead)
        {
            message.IsRead = isRead.GetBoolean();
        }

        if (body.GetString("importance") is { } importance)
        {
            message.Importance = importance;
        }

        if (body.Get("flag") is { ValueKind: JsonValueKind.Object } flag)
        {
            message.FlagStatus = flag.GetString("flagStatus") ?? message.FlagStatus;
            message.FlagDue = ReadDateTimeTimeZone(flag.Get("dueDateTime")) ?? (message.FlagStatus == "flagged" ? message.FlagDue : null);
            message.FlagStart = ReadDateTimeTimeZone(flag.Get("startDateTime")) ?? (message.FlagStatus == "flagged" ? message.FlagStart : null);
        }

        s.Store.Touch(message);
        return GraphResponse.Json(200, w => GraphJson.WriteMessage(w, message, null, r.Prefer.ImmutableId, false), Applied(r));
    }

    /// <summary>Graph's move answers 201 with the moved message; moving to the current folder changes nothing.</summary>
    public static GraphResponse Move(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string id)
    {
        if (MailStore.FindMessage(mailbox, id) is not { } message)
        {
            return GraphResponse.NotFound();
        }

        var destinationId = r.Body?.GetString("destinationId");
        if (string.IsNullOrEmpty(destinationId))
        {
            return GraphResponse.BadRequest("destinationId is required.");
        }

        if (MailStore.FindFolder(mailbox, destinationId) is not { } destination)
        {
            return GraphResponse.Error(404, "ErrorFolderNotFound", "The specified folder could not be found in the store.");
        }

        s.Store.Move(mailbox, message, destination);
        return GraphResponse.Json(201, w => GraphJson.WriteMessage(w, message, null, r.Prefer.ImmutableId, false), Applied(r));
    }

    public static GraphResponse ListAttachments(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string id) =>
        MailStore.FindMessage(mailbox, id) is { } message
            ? CollectionPage.Write(s, r, message.Attachments.ToList(), defaultTop: 1000, (w, a) => GraphJson.WriteAttachment(w, a, includeContent: true))
            : GraphResponse.NotFound();

    public static GraphResponse GetAttachment(StoredMailbox mailbox, string id, string attachmentId)
    {
        var attachment = MailStore.FindMessage(mailbox, id)?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        return attachment is null
            ? GraphResponse.NotFound()
            : GraphResponse.Json(200, w => GraphJson.WriteAttachment(w, attachment, includeContent: true));
    }

    private static Dictionary<string, string> Applied(GraphRequest r) =>
        r.Prefer.ImmutableId ? new() { ["Preference-Applied"] = "IdType=\"ImmutableId\"" } : [];

    private static DateTimeOffset? ReadDateTimeTimeZone(JsonElement? value)
    {
        // Only UTC is modelled; the worker always sends UTC.
        var text = value?.GetString("dateTime");
        return text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc))
            : null;
    }
}

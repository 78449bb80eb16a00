using System.Globalization;
using System.Text.Json;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http;

/// <summary>Writes messages, folders and attachments in Graph v1.0's JSON shape, honouring $select.</summary>
internal static class GraphJson
{
    /// <summary>What Graph returns for a message when no $select is given (internetMessageHeaders is opt-in).</summary>
    private static readonly HashSet<string> DefaultMessageProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId",
        "conversationId", "isRead", "isDraft", "body", "sender", "from", "toRecipients", "ccRecipients", "flag",
    };

    public static void WriteMessage(Utf8JsonWriter w, StoredMessage m, IReadOnlySet<string>? select, bool immutableIds, bool expandAttachments)
    {
        bool Wants(string property) => select is null ? DefaultMessageProperties.Contains(property) : select.Contains(property);

        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.message");
        w.WriteString("@odata.etag", $"W/\"{m.ChangeKey}\"");
        w.WriteString("id", immutableIds ? m.ImmutableId : m.RestId);
        if (Wants("createdDateTime")) w.WriteString("createdDateTime", Date(m.CreatedAt));
        if (Wants("lastModifiedDateTime")) w.WriteString("lastModifiedDateTime", Date(m.LastModifiedAt));
        if (Wants("changeKey")) w.WriteString("changeKey", m.ChangeKey);
        if (Wants("categories")) WriteStrings(w, "categories", m.Categories);
        if (Wants("receivedDateTime")) w.WriteString("receivedDateTime", Date(m.ReceivedAt));
        if (Wants("sentDateTime")) w.WriteString("sentDateTime", Date(m.SentAt));
        if (Wants("hasAttachments")) w.WriteBoolean("hasAttachments", m.HasAttachments);
        if (Wants("internetMessageId")) w.WriteString("internetMessageId", m.InternetMessageId);
        if (Wants("subject")) w.WriteString("subject", m.Subject);
        if (Wants("bodyPreview")) w.WriteString("bodyPreview", m.Body.Length > 255 ? m.Body[..255] : m.Body);
        if (Wants("importance")) w.WriteString("importance", m.Importance);
        if (Wants("parentFolderId")) w.WriteString("parentFolderId", m.FolderId);
        if (Wants("conversationId")) w.WriteString("conversationId", m.ConversationId);
        if (Wants("isRead")) w.WriteBoolean("isRead", m.IsRead);
        if (Wants("isDraft")) w.WriteBoolean("isDraft", false);
        if (Wants("body"))
        {
            w.WriteStartObject("body");
            w.WriteString("contentType", m.BodyContentType);
            w.WriteString("content", m.Body);
            w.WriteEndObject();
        }

        if (Wants("sender")) WriteRecipient(w, "sender", m.Sender);
        if (Wants("from")) WriteRecipient(w, "from", m.From);
        if (Wants("toRecipients")) WriteRecipients(w, "toRecipients", m.To);
        if (Wants("ccRecipients")) WriteRecipients(w, "ccRecipients", m.Cc);
        if (Wants("flag")) WriteFlag(w, m);
        if (select?.Contains("internetMessageHeaders") == true)
        {
            w.WriteStartArray("internetMessageHeaders");
            foreach (var (name, value) in m.Headers)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("value", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (expandAttachments)
        {
            w.WriteStartArray("attachments");
            foreach (var a in m.Attachments)
            {
                WriteAttachment(w, a, includeContent: true);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    public static void WriteRemoved(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.message");
        w.WriteString("id", id);
        w.WriteStartObject("@removed");
        w.WriteString("reason", "deleted");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteFolder(Utf8JsonWriter w, StoredMailbox mailbox, StoredFolder f)
    {
        var messages = mailbox.Messages.Values.Where(m => m.FolderId == f.Id).ToList();
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("displayName", f.DisplayName);
        if (f.ParentId is null) w.WriteNull("parentFolderId"); else w.WriteString("parentFolderId", f.ParentId);
        w.WriteNumber("childFolderCount", mailbox.Folders.Values.Count(c => c.ParentId == f.Id));
        w.WriteNumber("unreadItemCount", messages.Count(m => !m.IsRead));
        w.WriteNumber("totalItemCount", messages.Count);
        w.WriteBoolean("isHidden", false);
        w.WriteEndObject();
    }

    public static void WriteAttachment(Utf8JsonWriter w, StoredAttachment a, bool includeContent)
    {
        w.WriteStartObject();
        w.WriteString("@odata.type", "#microsoft.graph.fileAttachment");
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("contentType", a.ContentType);
        w.WriteNumber("size", a.Content.Length);
        w.WriteBoolean("isInline", a.IsInline);
        if (includeContent)
        {
            w.WriteBase64String("contentBytes", a.Content);
        }

        w.WriteEndObject();
    }

    public static string Date(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteFlag(Utf8JsonWriter w, StoredMessage m)
    {
        w.WriteStartObject("flag");
        w.WriteString("flagStatus", m.FlagStatus);
        if (m.FlagDue is { } due) WriteDateTimeTimeZone(w, "dueDateTime", due);
        if (m.FlagStart is { } start) WriteDateTimeTimeZone(w, "startDateTime", start);
        w.WriteEndObject();
    }

    private static void WriteDateTimeTimeZone(Utf8JsonWriter w, string name, DateTimeOffset value)
    {
        w.WriteStartObject(name);
        w.WriteString("dateTime", value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
        w.WriteString("timeZone", "UTC");
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteRecipient(Utf8JsonWriter w, string name, EmailAddress? address)
    {
        if (address is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        WriteEmailAddress(w, address);
    }

    private static void WriteRecipients(Utf8JsonWriter w, string name, IEnumerable<EmailAddress> addresses)
    {
        w.WriteStartArray(name);
        foreach (var a in addresses)
        {
            WriteEmailAddress(w, a);
        }

        w.WriteEndArray();
    }

    private static void WriteEmailAddress(Utf8JsonWriter w, EmailAddress address)
    {
        w.WriteStartObject();
        w.WriteStartObject("emailAddress");
        w.WriteString("name", address.Name ?? address.Address);
        w.WriteString("address", address.Address);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

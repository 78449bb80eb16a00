using MailTriage.GraphEmulator.Delta;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http.Handlers;

/// <summary>
/// <c>GET /users/{id}/mailFolders/{id}/messages/delta()</c>. Links are absolute and point back at this emulator;
/// their tokens carry the $select and $filter of the first request, as Graph's do.
/// </summary>
internal static class DeltaHandler
{
    public static GraphResponse Handle(EmulatorState s, GraphRequest r, StoredMailbox mailbox, string folderKey)
    {
        var q = r.OData;
        DeltaState state;
        StoredFolder? folder;
        if ((q.SkipToken ?? q.DeltaToken) is { } token)
        {
            if (DeltaState.TryDecode(token) is not { } decoded || decoded.MailboxId != mailbox.ObjectId)
            {
                return GraphResponse.Error(400, "SyncStateInvalid", "The sync state is invalid.");
            }

            if (decoded.Epoch != mailbox.SyncEpoch)
            {
                return GraphResponse.Error(410, "SyncStateNotFound", "The sync state generation is not found. Resynchronize from scratch.");
            }

            state = decoded;
            folder = mailbox.Folders.GetValueOrDefault(state.FolderId);
        }
        else
        {
            folder = MailStore.FindFolder(mailbox, folderKey);
            state = new DeltaState
            {
                MailboxId = mailbox.ObjectId,
                FolderId = folder?.Id ?? "",
                Select = q.SelectText,
                ReceivedSince = q.ReceivedSince,
                Epoch = mailbox.SyncEpoch,
            };
        }

        if (folder is null)
        {
            return GraphResponse.NotFound("The specified folder could not be found in the store.");
        }

        var prefer = r.Prefer;
        var pageSize = Math.Clamp(prefer.MaxPageSize ?? s.Options.DefaultPageSize, 1, s.Options.MaxPageSize);
        var page = DeltaEngine.ReadPage(s.Store, mailbox, folder, state, pageSize);
        var select = ODataQuery.From(new Dictionary<string, string> { ["$select"] = state.Select ?? "" }).Select;
        var link = $"{s.BaseUrl}/users/{Uri.EscapeDataString(mailbox.Address)}/mailFolders('{folder.Id}')/messages/delta()";
        var applied = new List<string>();
        if (prefer.MaxPageSize is not null)
        {
            applied.Add($"odata.maxpagesize={pageSize}");
        }

        if (prefer.ImmutableId)
        {
            applied.Add("IdType=\"ImmutableId\"");
        }

        return GraphResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", $"{s.BaseUrl}/$metadata#Collection(message)");
            w.WriteStartArray("value");
            foreach (var m in page.Messages)
            {
                GraphJson.WriteMessage(w, m, select, prefer.ImmutableId, expandAttachments: false);
            }

            foreach (var (immutableId, restId) in page.Removed)
            {
                GraphJson.WriteRemoved(w, prefer.ImmutableId ? immutableId : restId);
            }

            w.WriteEndArray();
            if (page.Next is { } next)
            {
                w.WriteString("@odata.nextLink", $"{link}?$skiptoken={next.Encode()}");
            }
            else
            {
                w.WriteString("@odata.deltaLink", $"{link}?$deltatoken={page.NextRound!.Encode()}");
            }

            w.WriteEndObject();
        }, applied.Count > 0 ? new Dictionary<string, string> { ["Preference-Applied"] = string.Join(", ", applied) } : null);
    }
}

using MailTriage.GraphEmulator.Counters;
using MailTriage.GraphEmulator.Http.Handlers;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.GraphEmulator.Http;

/// <summary>A matched request: what kind it is, which mailbox it touches, and its handler (run under the store lock).</summary>
internal sealed record Route(GraphRequestKind Kind, string? UserKey, Func<GraphResponse> Handle);

/// <summary>Maps normalised path segments onto handlers; anything else is answered 400 like an unknown segment.</summary>
internal static class GraphRouter
{
    public static Route Match(EmulatorState s, GraphRequest r)
    {
        var seg = r.Segments;
        var method = r.Method;
        if (seg.Count == 1 && Is(seg[0], "$batch") && method == "POST")
        {
            return new Route(GraphRequestKind.Batch, null, () => GraphResponse.BadRequest("$batch is handled by the dispatcher."));
        }

        if (seg.Count < 3 || !Is(seg[0], "users"))
        {
            return Unknown(r);
        }

        var user = seg[1];
        var rest = seg.Skip(2).ToList();
        Route For(GraphRequestKind kind, Func<StoredMailbox, GraphResponse> handle) => new(kind, user, () => WithMailbox(s, user, handle));

        switch (rest)
        {
            case [var a] when Is(a, "sendMail") && method == "POST":
                return For(GraphRequestKind.SendMail, mb => SendMailHandler.Handle(s, r, mb));
            case [var a] when Is(a, "mailFolders") && method == "GET":
                return For(GraphRequestKind.ListFolders, mb => FolderHandlers.List(s, r, mb, WellKnownFolders.Root));
            case [var a] when Is(a, "mailFolders") && method == "POST":
                return For(GraphRequestKind.CreateFolder, mb => FolderHandlers.Create(s, r, mb, WellKnownFolders.Root));
            case [var a, var f] when Is(a, "mailFolders") && method == "GET":
                return For(GraphRequestKind.GetFolder, mb => FolderHandlers.Get(mb, f));
            case [var a, var f, var b] when Is(a, "mailFolders") && Is(b, "childFolders") && method == "GET":
                return For(GraphRequestKind.ListFolders, mb => FolderHandlers.List(s, r, mb, f));
            case [var a, var f, var b] when Is(a, "mailFolders") && Is(b, "childFolders") && method == "POST":
                return For(GraphRequestKind.CreateFolder, mb => FolderHandlers.Create(s, r, mb, f));
            case [var a, var f, var b] when Is(a, "mailFolders") && Is(b, "messages") && method == "GET":
                return For(GraphRequestKind.ListMessages, mb => MessageHandlers.List(s, r, mb, f));
            case [var a, var f, var b, var c] when Is(a, "mailFolders") && Is(b, "messages") && Is(c, "delta") && method == "GET":
                return For(GraphRequestKind.Delta, mb => DeltaHandler.Handle(s, r, mb, f));
            case [var a, _, var b, .. var messagePath] when Is(a, "mailFolders") && Is(b, "messages") && messagePath.Count > 0:
                return MatchMessage(s, r, user, messagePath);
            case [var a, .. var messagePath] when Is(a, "messages") && messagePath.Count > 0:
                return MatchMessage(s, r, user, messagePath);
            default:
                return Unknown(r);
        }
    }

    private static Route MatchMessage(EmulatorState s, GraphRequest r, string user, List<string> path)
    {
        Route For(GraphRequestKind kind, Func<StoredMailbox, GraphResponse> handle) => new(kind, user, () => WithMailbox(s, user, handle));
        var id = path[0];
        return (path.Skip(1).ToList(), r.Method) switch
        {
            ([], "GET") => For(GraphRequestKind.GetMessage, mb => MessageHandlers.Get(r, mb, id)),
            ([], "PATCH") => For(GraphRequestKind.PatchMessage, mb => MessageHandlers.Patch(s, r, mb, id)),
            ([var a], "POST") when Is(a, "move") => For(GraphRequestKind.MoveMessage, mb => MessageHandlers.Move(s, r, mb, id)),
            ([var a], "GET") when Is(a, "attachments") => For(GraphRequestKind.ListAttachments, mb => MessageHandlers.ListAttachments(s, r, mb, id)),
            ([var a, var attachment], "GET") when Is(a, "attachments") => For(GraphRequestKind.GetAttachment, mb => MessageHandlers.GetAttachment(mb, id, attachment)),
            _ => Unknown(r),
        };
    }

    private static GraphResponse WithMailbox(EmulatorState s, string user, Func<StoredMailbox, GraphResponse> handle) =>
        s.Store.FindMailbox(user) is { } mailbox
            ? handle(mailbox)
            : GraphResponse.Error(404, "ErrorInvalidUser", "The requested user is invalid.");

    private static Route Unknown(GraphRequest r) =>
        new(GraphRequestKind.Unknown, null, () => GraphResponse.BadRequest($"Unsupported request: {r.Method} /{string.Join('/', r.Segments)}"));

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);
}

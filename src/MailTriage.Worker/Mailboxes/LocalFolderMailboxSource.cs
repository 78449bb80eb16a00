using System.Text.Json;
using MimeKit;

namespace MailTriage.Worker.Mailboxes;

/// <summary>
/// The embedded default mailbox: a directory whose top-level .eml files are the inbox. Actions are mirrored
/// on disk (sub-folder per Outlook folder, a JSON sidecar for categories/flag/read state) and notifications are
/// written as .eml files to an outbox folder, so the whole pipeline runs without a Microsoft 365 tenant.
/// Nothing is ever deleted: a message only moves, and a failed message stays where it was.
/// </summary>
public sealed class LocalFolderMailboxSource(string mailboxId, string directory, string outboxDirectory, string fromAddress) : IMailboxSource
{
    public const string SidecarSuffix = ".triage.json";

    public string MailboxId => mailboxId;

    public string Directory => directory;

    public Task<MailboxBatch> FetchAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        var messages = System.IO.Directory.EnumerateFiles(directory, "*.eml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(ToIncoming)
            .ToArray();
        return Task.FromResult(new MailboxBatch(messages, null));
    }

    public Task<IncomingMessage?> FindAsync(string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult(Locate(sourceId) is { } path ? ToIncoming(path) : null);

    // Files leave the inbox once acted on, so the folder itself is the cursor.
    public Task CommitAsync(MailboxBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<ActionOutcome>> ApplyAsync(IReadOnlyList<MessageActions> actions, CancellationToken cancellationToken)
    {
        var outcomes = new List<ActionOutcome>(actions.Count);
        foreach (var action in actions)
        {
            outcomes.Add(Apply(action));
        }

        return Task.FromResult<IReadOnlyList<ActionOutcome>>(outcomes);
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(outboxDirectory);
        var name = $"{Sanitise(mail.MarkerId ?? Guid.NewGuid().ToString("N"))}.eml";
        var path = Path.Combine(outboxDirectory, name);
        if (File.Exists(path))
        {
            // Same marker = same notification already written: a replay must not send it twice.
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(fromAddress));
        foreach (var to in mail.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        foreach (var cc in mail.Cc)
        {
            message.Cc.Add(MailboxAddress.Parse(cc));
        }

        message.Subject = mail.Subject;
        if (mail.MarkerId is not null)
        {
            message.Headers.Add(OwnMailMarker.HeaderName, mail.MarkerId);
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temp, path, overwrite: false);
    }

    private ActionOutcome Apply(MessageActions action)
    {
        var name = action.Message.SourceId;
        var current = Locate(name);
        if (current is null)
        {
            return new ActionOutcome(name, false, null, "message file not found in the mailbox");
        }

        var targetDir = action.MoveToFolder is { } folder ? Path.Combine(directory, Sanitise(folder)) : Path.GetDirectoryName(current)!;
        System.IO.Directory.CreateDirectory(targetDir);
        var sidecar = new Sidecar(action.Categories, action.Flag?.DueAt, action.MarkRead, action.MoveToFolder);

        // Sidecar first, then the move: a crash in between leaves the message in the inbox with its
        // sidecar, and the replay rewrites both.
        File.WriteAllText(current + SidecarSuffix, JsonSerializer.Serialize(sidecar, SidecarJson.Default.Sidecar));
        var target = Path.Combine(targetDir, name);
        if (!string.Equals(Path.GetFullPath(current), Path.GetFullPath(target), StringComparison.Ordinal))
        {
            File.Move(current + SidecarSuffix, target + SidecarSuffix, overwrite: true);
            File.Move(current, target, overwrite: false);
        }

        return new ActionOutcome(name, true, name, null);
    }

    private IncomingMessage ToIncoming(string path) => new()
    {
        MailboxId = mailboxId,
        FolderId = "inbox",
        SourceId = Path.GetFileName(path),
        SizeBytes = new FileInfo(path).Length,
        OpenMime = _ => Task.FromResult<Stream>(File.OpenRead(Locate(Path.GetFileName(path)) ?? path)),
    };

    /// <summary>Finds a message wherever an earlier (possibly interrupted) run moved it.</summary>
    private string? Locate(string name)
    {
        var inInbox = Path.Combine(directory, name);
        if (File.Exists(inInbox))
        {
            return inInbox;
        }

        return System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory, name, SearchOption.AllDirectories).FirstOrDefault()
            : null;
    }

    private static string Sanitise(string folder)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(folder.Select(c => c == '/' || c == '\\' || invalid.Contains(c) ? '-' : c).ToArray());
    }

    internal sealed record Sidecar(IReadOnlyList<string> Categories, DateTimeOffset? FlagDueAt, bool IsRead, string? Folder);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(LocalFolderMailboxSource.Sidecar))]
internal sealed partial class SidecarJson : System.Text.Json.Serialization.JsonSerializerContext;

using System.Globalization;

namespace MailTriage.GraphEmulator.Mail;

/// <summary>
/// The emulated Exchange store: every mailbox, folder and message. Callers hold <see cref="Sync"/> for the whole of
/// one Graph operation, which keeps the emulator simple and each operation atomic, as Exchange's are per item.
/// </summary>
internal sealed class MailStore(TimeProvider time, int seed)
{
    private readonly Dictionary<string, StoredMailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Random _ids = new(seed);
    private long _seq;

    public object Sync { get; } = new();

    public long CurrentSeq => _seq;

    public DateTimeOffset Now => time.GetUtcNow();

    public IEnumerable<StoredMailbox> Mailboxes => _mailboxes.Values.Distinct();

    public long NextSeq() => ++_seq;

    public StoredMailbox CreateMailbox(string address, string displayName)
    {
        if (_mailboxes.ContainsKey(address))
        {
            throw new InvalidOperationException("The mailbox already exists: " + address);
        }

        var mailbox = new StoredMailbox { ObjectId = Guid.NewGuid().ToString(), Address = address, DisplayName = displayName };
        var root = new StoredFolder { Id = NewId("AQMkAD"), WellKnownName = WellKnownFolders.Root, DisplayName = "Top of Information Store" };
        mailbox.Folders[root.Id] = root;
        foreach (var (name, display) in WellKnownFolders.Children)
        {
            var folder = new StoredFolder { Id = NewId("AQMkAD"), WellKnownName = name, DisplayName = display, ParentId = root.Id };
            mailbox.Folders[folder.Id] = folder;
        }

        _mailboxes[address] = mailbox;
        _mailboxes[mailbox.ObjectId] = mailbox;
        return mailbox;
    }

    /// <summary>Finds a mailbox by UPN/address or object id, as <c>/users/{id}</c> does.</summary>
    public StoredMailbox? FindMailbox(string key) => _mailboxes.GetValueOrDefault(key);

    /// <summary>Resolves a folder id or a well-known name (case-insensitive), as Graph does.</summary>
    public static StoredFolder? FindFolder(StoredMailbox mailbox, string key) =>
        mailbox.Folders.GetValueOrDefault(key)
        ?? mailbox.Folders.Values.FirstOrDefault(f => string.Equals(f.WellKnownName, key, StringComparison.OrdinalIgnoreCase));

    public StoredFolder CreateFolder(StoredMailbox mailbox, StoredFolder parent, string displayName)
    {
        var folder = new StoredFolder { Id = NewId("AQMkAD"), DisplayName = displayName, ParentId = parent.Id };
        mailbox.Folders[folder.Id] = folder;
        return folder;
    }

    /// <summary>Finds a message by immutable id or by its current REST id; a stale REST id (moved since) is not found.</summary>
    public static StoredMessage? FindMessage(StoredMailbox mailbox, string id) =>
        mailbox.Messages.GetValueOrDefault(id)
        ?? (mailbox.RestIds.TryGetValue(id, out var immutable) ? mailbox.Messages.GetValueOrDefault(immutable) : null);

    public StoredMessage AddMessage(StoredMailbox mailbox, StoredFolder folder, NewMessage spec)
    {
        var now = Now;
        var internetMessageId = spec.InternetMessageId ?? $"<{NewId("m").ToLowerInvariant()}@emulator.example>";
        var conversationId = spec.ConversationId
            ?? FindConversation(mailbox, spec.InReplyTo)
            ?? NewId("AAQkAD");
        var sentAt = spec.SentAt ?? now;
        var message = new StoredMessage
        {
            ImmutableId = NewId("AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A"),
            RestId = NewId("AAMkAD"),
            FolderId = folder.Id,
            ChangeSeq = NextSeq(),
            ChangeKey = NewChangeKey(),
            CreatedAt = now,
            LastModifiedAt = now,
            ReceivedAt = spec.ReceivedAt ?? now,
            SentAt = sentAt,
            Subject = spec.Subject,
            From = new EmailAddress(spec.From, spec.FromName),
            Sender = new EmailAddress(spec.From, spec.FromName),
            To = spec.To.Select(a => new EmailAddress(a)).ToList(),
            Cc = spec.Cc.Select(a => new EmailAddress(a)).ToList(),
            BodyContentType = spec.BodyIsHtml ? "html" : "text",
            Body = spec.Body,
            Categories = [.. spec.Categories],
            IsRead = spec.IsRead,
            InternetMessageId = internetMessageId,
            ConversationId = conversationId,
            Headers = spec.Headers ?? SynthesiseHeaders(spec, internetMessageId, sentAt),
            Attachments = spec.Attachments.Select(a => new StoredAttachment(NewId("AAMkADatt"), a.Name, a.ContentType, a.Content, a.IsInline)).ToList(),
        };
        mailbox.Messages[message.ImmutableId] = message;
        mailbox.RestIds[message.RestId] = message.ImmutableId;
        return message;
    }

    /// <summary>Records a change: a new change key and a new place in the delta order.</summary>
    public void Touch(StoredMessage message)
    {
        message.ChangeSeq = NextSeq();
        message.ChangeKey = NewChangeKey();
        message.LastModifiedAt = Now;
    }

    /// <summary>Moves a message; the REST id changes (as in Exchange), the immutable id does not.</summary>
    public void Move(StoredMailbox mailbox, StoredMessage message, StoredFolder destination)
    {
        if (message.FolderId == destination.Id)
        {
            return;
        }

        mailbox.Folders[message.FolderId].Removals.Add((message.ImmutableId, message.RestId, NextSeq()));
        mailbox.RestIds.Remove(message.RestId);
        message.RestId = NewId("AAMkAD");
        mailbox.RestIds[message.RestId] = message.ImmutableId;
        message.FolderId = destination.Id;
        Touch(message);
    }

    public void Delete(StoredMailbox mailbox, StoredMessage message)
    {
        mailbox.Folders[message.FolderId].Removals.Add((message.ImmutableId, message.RestId, NextSeq()));
        mailbox.RestIds.Remove(message.RestId);
        mailbox.Messages.Remove(message.ImmutableId);
    }

    public string NewId(string prefix)
    {
        Span<byte> bytes = stackalloc byte[18];
        _ids.NextBytes(bytes);
        return prefix + Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    private string NewChangeKey() => "CQAAABYAAAA" + NextSeq().ToString("x8", CultureInfo.InvariantCulture) + NewId("");

    private static string? FindConversation(StoredMailbox mailbox, string? inReplyTo) =>
        inReplyTo is null
            ? null
            : mailbox.Messages.Values.FirstOrDefault(m => string.Equals(m.InternetMessageId, inReplyTo, StringComparison.Ordinal))?.ConversationId;

    /// <summary>The transport headers Exchange would show for a plain SMTP message, plus the spec's extras.</summary>
    private static List<KeyValuePair<string, string>> SynthesiseHeaders(NewMessage spec, string internetMessageId, DateTimeOffset sentAt)
    {
        var contentType = spec.TopLevelContentType
            ?? (spec.Attachments.Count > 0 ? "multipart/mixed; boundary=\"_emulated_\"" : spec.BodyIsHtml ? "text/html; charset=\"utf-8\"" : "text/plain; charset=\"utf-8\"");
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Received", "from mail.emulator.example (127.0.0.1) by emulator.example; " + sentAt.ToString("r", CultureInfo.InvariantCulture)),
            new("From", spec.FromName is null ? spec.From : $"\"{spec.FromName}\" <{spec.From}>"),
            new("To", string.Join(", ", spec.To)),
            new("Subject", spec.Subject),
            new("Date", sentAt.ToString("r", CultureInfo.InvariantCulture)),
            new("Message-ID", internetMessageId),
            new("MIME-Version", "1.0"),
            new("Content-Type", contentType),
        };
        if (spec.Cc.Count > 0)
        {
            headers.Add(new("Cc", string.Join(", ", spec.Cc)));
        }

        if (spec.InReplyTo is not null)
        {
            headers.Add(new("In-Reply-To", spec.InReplyTo));
            headers.Add(new("References", spec.InReplyTo));
        }

        headers.AddRange(spec.ExtraHeaders);
        return headers;
    }
}

using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MailTriage.Worker.Graph;

/// <summary>
/// One mailbox read through Microsoft Graph delta queries, one delta per watched folder.
/// <list type="bullet">
/// <item><see cref="FetchAsync"/> returns one page of one folder (folders take turns), with headers and attachments
/// fetched in $batch; the folder's position moves on in memory only.</item>
/// <item><see cref="CommitAsync"/> stores the batch's nextLink/deltaLink in the <see cref="ISyncStateStore"/>; a
/// restart resumes from the last committed link, so uncommitted messages come back (the pipeline dedups by id).
/// Commit batches in the order they were fetched; empty batches carry a checkpoint too and keep links fresh.</item>
/// <item>A dead delta token (410 / syncStateNotFound / resyncRequired) restarts that folder's delta from scratch.</item>
/// <item>Entries that only reflect the worker's own PATCH/move (same change key) are skipped.</item>
/// </list>
/// </summary>
public sealed class GraphMailboxSource : IMailboxSource, IDisposable
{
    /// <summary>Pages without new mail read in one fetch before returning, so a fetch never loops unbounded.</summary>
    private const int MaxPagesPerFetch = 50;

    private readonly string _mailbox;
    private readonly ISyncStateStore _store;
    private readonly GraphOptions _options;
    private readonly ILogger _logger;
    private readonly FolderCursor[] _folders;
    private readonly KnownMessages _known = new();
    private readonly GraphDeltaReader _delta;
    private readonly GraphDetailFetcher _details;
    private readonly GraphActionApplier _actions;
    private readonly GraphMailSender _sender;
    private readonly GraphFolderResolver _folderResolver;
    private readonly GraphServiceClient _client;
    private readonly GraphCaller _caller;
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private readonly Lock _commitLock = new();
    private bool _loaded;
    private int _nextFolder;

    public GraphMailboxSource(
        string mailbox,
        IReadOnlyList<string> folders,
        GraphServiceClient client,
        ISyncStateStore store,
        GraphOptions options,
        MailboxRequestGate gate,
        TimeProvider time,
        ILogger<GraphMailboxSource> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        if (folders.Count == 0)
        {
            throw new ArgumentException("A Graph mailbox needs at least one folder to watch, e.g. \"inbox\".", nameof(folders));
        }

        _mailbox = mailbox;
        _store = store;
        _options = options;
        _logger = logger;
        _folders = folders.Distinct(StringComparer.OrdinalIgnoreCase).Select(f => new FolderCursor(f, GraphCheckpoint.StoreKey(mailbox, f))).ToArray();
        var caller = _caller = new GraphCaller(mailbox, gate, options, time, logger);
        _client = client;
        var batches = new GraphBatchRunner(client, caller, options);
        _delta = new GraphDeltaReader(client, caller, options);
        _details = new GraphDetailFetcher(client, batches, mailbox, logger);
        _folderResolver = new GraphFolderResolver(client, caller, logger);
        _actions = new GraphActionApplier(client, caller, batches, _folderResolver, _known, logger);
        _sender = new GraphMailSender(client, caller, store, logger);
    }

    public string MailboxId => _mailbox;

    public async Task<MailboxBatch> FetchAsync(CancellationToken cancellationToken)
    {
        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            await LoadLinksAsync(cancellationToken);
            var advanced = new List<GraphFolderCheckpoint>();
            for (var turn = 0; turn < _folders.Length; turn++)
            {
                var index = (_nextFolder + turn) % _folders.Length;
                var folder = _folders[index];
                var (messages, link) = await ReadFolderAsync(folder, cancellationToken);
                if (link is null)
                {
                    continue;
                }

                var checkpoint = new GraphFolderCheckpoint(folder.Name, link, ++folder.FetchSequence);
                if (messages.Count > 0)
                {
                    _nextFolder = (index + 1) % _folders.Length;
                    return new MailboxBatch(messages, GraphCheckpoint.Write([checkpoint]));
                }

                advanced.Add(checkpoint);
            }

            return MailboxBatch.Empty(advanced.Count > 0 ? GraphCheckpoint.Write(advanced) : null);
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    public async Task CommitAsync(MailboxBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Checkpoint is null)
        {
            return;
        }

        foreach (var entry in GraphCheckpoint.Read(batch.Checkpoint))
        {
            var folder = _folders.FirstOrDefault(f => f.Name.Equals(entry.Folder, StringComparison.OrdinalIgnoreCase));
            if (folder is null || !TryClaimCommit(folder, entry.Sequence))
            {
                continue; // another mailbox's checkpoint, or older than one already committed
            }

            await _store.SetAsync(folder.StoreKey, entry.Link, cancellationToken);
            Log.GraphCheckpointCommitted(_logger, _mailbox, folder.Name);
        }
    }

    /// <summary>
    /// One message by immutable id, wherever it is now; null once deleted. One GET for the delta fields plus headers and
    /// attachments: this is the rare path (a message a crash or a failure left half-done), not worth batching.
    /// </summary>
    public async Task<IncomingMessage?> FindAsync(string sourceId, CancellationToken cancellationToken)
    {
        Message? message;
        try
        {
            message = await _caller.CallAsync("get message", ct => _client.Users[_mailbox].Messages[sourceId].GetAsync(config =>
            {
                config.QueryParameters.Select = [.. GraphRequests.DeltaSelect, .. GraphRequests.DetailSelect];
                config.QueryParameters.Expand = ["attachments"];
                GraphRequests.Prefer(config.Headers);
            }, ct), cancellationToken);
        }
        catch (GraphOperationException e) when (e.Failure.Kind == GraphFailureKind.NotFound)
        {
            return null;
        }

        if (message?.Id is null)
        {
            return null;
        }

        _known.Seen(message.Id, message.Categories ?? [], message.ParentFolderId);
        var details = new GraphMessageDetails(message.InternetMessageHeaders ?? [], message.Attachments ?? []);
        return GraphMessageMapper.ToIncoming(_mailbox, message.ParentFolderId ?? "", message, details, _options.MaxAttachmentBytes);
    }

    public Task<IReadOnlyList<ActionOutcome>> ApplyAsync(IReadOnlyList<MessageActions> actions, CancellationToken cancellationToken) =>
        actions.Count == 0 ? Task.FromResult<IReadOnlyList<ActionOutcome>>([]) : _actions.ApplyAsync(actions, cancellationToken);

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => _sender.SendAsync(mail, cancellationToken);

    public void Dispose()
    {
        _fetchLock.Dispose();
        _folderResolver.Dispose();
    }

    /// <summary>
    /// Reads pages of one folder until one has new messages or the round ends. Returns the messages and the link the
    /// folder continues from, or a null link when nothing moved.
    /// </summary>
    private async Task<(IReadOnlyList<IncomingMessage> Messages, string? Link)> ReadFolderAsync(FolderCursor folder, CancellationToken ct)
    {
        var resynced = false;
        string? moved = null;
        for (var pages = 0; pages < MaxPagesPerFetch; pages++)
        {
            GraphDeltaPage page;
            try
            {
                page = await _delta.ReadAsync(folder.Name, folder.Link, ct);
            }
            catch (GraphOperationException e) when (e.Failure.Kind == GraphFailureKind.SyncStateLost && folder.Link is not null && !resynced)
            {
                Log.GraphDeltaResync(_logger, _mailbox, folder.Name, e.Failure.Code);
                folder.Link = null;
                resynced = true;
                continue;
            }

            Log.GraphDeltaPage(_logger, _mailbox, folder.Name, page.Messages.Count, page.Removed, page.NextLink is not null);
            var fresh = Remember(page.Messages);
            var incoming = fresh.Count > 0 ? await ToIncomingAsync(folder, fresh, ct) : [];

            // Only now, with every message of the page read, does the folder move on.
            folder.Link = moved = page.ContinueFrom;
            if (incoming.Count > 0 || page.NextLink is null)
            {
                return (incoming, moved);
            }
        }

        return ([], moved);
    }

    /// <summary>Notes every message's categories and folder, and drops entries that only show our own last change.</summary>
    private List<Message> Remember(IReadOnlyList<Message> messages)
    {
        var fresh = new List<Message>(messages.Count);
        foreach (var m in messages)
        {
            var own = _known.IsOwnChange(m.Id!, m.ChangeKey);
            _known.Seen(m.Id!, m.Categories ?? [], m.ParentFolderId);
            if (!own)
            {
                fresh.Add(m);
            }
        }

        if (fresh.Count < messages.Count)
        {
            Log.GraphOwnChangesSkipped(_logger, _mailbox, messages.Count - fresh.Count);
        }

        return fresh;
    }

    private async Task<IReadOnlyList<IncomingMessage>> ToIncomingAsync(FolderCursor folder, List<Message> messages, CancellationToken ct)
    {
        var needed = messages.Where(m => DetailFetchPolicy.NeedsDetails(m, _mailbox, _options.DetailFetch)).ToList();
        var (details, vanished) = needed.Count > 0
            ? await _details.FetchAsync(needed, ct)
            : (new Dictionary<string, GraphMessageDetails>(), new HashSet<string>());
        return messages
            .Where(m => !vanished.Contains(m.Id!))
            .Select(m => GraphMessageMapper.ToIncoming(_mailbox, folder.Name, m, details.GetValueOrDefault(m.Id!), _options.MaxAttachmentBytes))
            .ToList();
    }

    private async Task LoadLinksAsync(CancellationToken ct)
    {
        if (_loaded)
        {
            return;
        }

        foreach (var folder in _folders)
        {
            folder.Link = await _store.GetAsync(folder.StoreKey, ct);
        }

        _loaded = true;
    }

    private bool TryClaimCommit(FolderCursor folder, long sequence)
    {
        lock (_commitLock)
        {
            if (sequence <= folder.CommittedSequence)
            {
                return false;
            }

            folder.CommittedSequence = sequence;
            return true;
        }
    }

    /// <summary>A watched folder: where its delta continues in memory, and how far commits have got.</summary>
    private sealed class FolderCursor(string name, string storeKey)
    {
        public string Name { get; } = name;
        public string StoreKey { get; } = storeKey;
        public string? Link { get; set; }
        public long FetchSequence { get; set; }
        public long CommittedSequence { get; set; }
    }
}

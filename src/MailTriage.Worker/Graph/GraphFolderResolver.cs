using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Turns a configured move target into a folder id: a well-known name (<c>archive</c>, <c>inbox</c>, …) or a
/// display-name path under the mailbox root (<c>AR/Disputes</c>), created on first use. Ids are cached for the
/// process. Deleted Items is refused: the worker never deletes mail, and a move there is a delete.
/// </summary>
public sealed class GraphFolderResolver(GraphServiceClient client, GraphCaller caller, ILogger logger) : IDisposable
{
    private static readonly HashSet<string> WellKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        "inbox", "archive", "junkemail", "sentitems", "drafts", "outbox", "msgfolderroot", "clutter", "conversationhistory", "scheduled",
    };

    private static readonly string[] Refused = ["deleteditems", "recoverableitemsdeletions", "recoverableitemspurges", "Deleted Items"];

    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<string> ResolveAsync(string folder, CancellationToken cancellationToken)
    {
        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0 || Refused.Contains(segments[0], StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Refusing to move mail to '{folder}': the worker never deletes mail.", nameof(folder));
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_ids.TryGetValue(folder, out var cached))
            {
                return cached;
            }

            var id = segments.Length == 1 && WellKnown.Contains(segments[0])
                ? await GetWellKnownAsync(segments[0], cancellationToken)
                : await ResolvePathAsync(folder, segments, cancellationToken);
            _ids[folder] = id;
            return id;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<string> GetWellKnownAsync(string name, CancellationToken ct)
    {
        var folder = await caller.CallAsync("get folder", c => client.Users[caller.Mailbox].MailFolders[name].GetAsync(config =>
        {
            config.QueryParameters.Select = ["id"];
            GraphRequests.Prefer(config.Headers);
        }, c), ct);
        return folder?.Id ?? throw new InvalidOperationException($"Graph returned no id for the well-known folder '{name}'.");
    }

    private async Task<string> ResolvePathAsync(string path, string[] segments, CancellationToken ct)
    {
        var parent = "msgfolderroot";
        foreach (var name in segments)
        {
            parent = await FindChildAsync(parent, name, ct) ?? await CreateChildAsync(parent, name, path, ct);
        }

        return parent;
    }

    private async Task<string?> FindChildAsync(string parent, string name, CancellationToken ct)
    {
        var children = await caller.CallAsync("find folder", c => client.Users[caller.Mailbox].MailFolders[parent].ChildFolders.GetAsync(config =>
        {
            config.QueryParameters.Filter = $"displayName eq '{name.Replace("'", "''", StringComparison.Ordinal)}'";
            config.QueryParameters.Select = ["id", "displayName"];
            GraphRequests.Prefer(config.Headers);
        }, c), ct);
        return children?.Value?.FirstOrDefault(f => string.Equals(f.DisplayName, name, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private async Task<string> CreateChildAsync(string parent, string name, string path, CancellationToken ct)
    {
        try
        {
            var created = await caller.CallAsync("create folder", c => client.Users[caller.Mailbox].MailFolders[parent].ChildFolders.PostAsync(
                new MailFolder { DisplayName = name }, config => GraphRequests.Prefer(config.Headers), c), ct);
            Log.GraphFolderCreated(logger, caller.Mailbox, path);
            return created?.Id ?? throw new InvalidOperationException($"Graph returned no id for the new folder '{name}'.");
        }
        catch (GraphOperationException e) when (e.Failure.Status == 409)
        {
            // Another worker created it between our lookup and our create.
            var existing = await FindChildAsync(parent, name, ct);
            if (existing is null)
            {
                throw;
            }

            return existing;
        }
    }
}

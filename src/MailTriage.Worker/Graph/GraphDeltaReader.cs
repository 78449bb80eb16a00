using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MailTriage.Worker.Graph;

/// <summary>One delta page: the changed messages (removals already dropped) and the link to continue from.</summary>
public sealed record GraphDeltaPage(IReadOnlyList<Message> Messages, int Removed, string? NextLink, string? DeltaLink)
{
    /// <summary>Where the folder continues: the next page of this round, or the next round.</summary>
    public string ContinueFrom => NextLink ?? DeltaLink ?? throw new InvalidOperationException("A delta page carried neither nextLink nor deltaLink.");
}

/// <summary>
/// Reads one delta page of <c>/users/{id}/mailFolders/{folder}/messages/delta</c>. The first request states $select
/// (and the initial-sync filter); follow-ups use the stored nextLink/deltaLink verbatim. Every request, follow-ups
/// included, carries <c>Prefer: IdType="ImmutableId", odata.maxpagesize=N</c>: the SDK does not carry headers over.
/// </summary>
public sealed class GraphDeltaReader(GraphServiceClient client, GraphCaller caller, GraphOptions options)
{
    /// <exception cref="GraphOperationException">With <see cref="GraphFailureKind.SyncStateLost"/> when the link is dead.</exception>
    public async Task<GraphDeltaPage> ReadAsync(string folder, string? link, CancellationToken cancellationToken)
    {
        var delta = client.Users[caller.Mailbox].MailFolders[folder].Messages.Delta;
        var response = await caller.CallAsync("delta", ct => link is null
            ? delta.GetAsDeltaGetResponseAsync(config =>
            {
                config.QueryParameters.Select = GraphRequests.DeltaSelect;
                if (options.InitialSyncWindow is { } window)
                {
                    // Delta on messages supports only "receivedDateTime ge"; the filter stays inside the tokens.
                    var since = caller.Time.GetUtcNow() - window;
                    config.QueryParameters.Filter = "receivedDateTime ge " + since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                }

                GraphRequests.Prefer(config.Headers, options.PageSize);
            }, ct)
            : delta.WithUrl(link).GetAsDeltaGetResponseAsync(config => GraphRequests.Prefer(config.Headers, options.PageSize), ct),
            cancellationToken);

        var all = response?.Value ?? [];
        var live = all.Where(m => m.AdditionalData?.ContainsKey("@removed") != true && m.Id is not null).ToList();
        return new GraphDeltaPage(live, all.Count - live.Count, response?.OdataNextLink, response?.OdataDeltaLink);
    }
}

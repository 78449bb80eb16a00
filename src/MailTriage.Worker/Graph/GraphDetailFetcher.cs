using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace MailTriage.Worker.Graph;

/// <summary>Internet headers and attachments of one message, as far as they were fetched.</summary>
public sealed record GraphMessageDetails(IReadOnlyList<InternetMessageHeader> Headers, IReadOnlyList<Attachment> Attachments);

/// <summary>
/// Fetches <see cref="GraphMessageDetails"/> with one batched GET per message:
/// <c>messages/{id}?$select=internetMessageHeaders</c>, plus <c>&amp;$expand=attachments</c> when it has any.
/// A message deleted meanwhile (404) is reported as vanished; any other failure fails the whole fetch, so the
/// folder's cursor does not move past messages that could not be read.
/// </summary>
public sealed class GraphDetailFetcher(GraphServiceClient client, GraphBatchRunner batches, string mailbox, ILogger logger)
{
    public async Task<(IReadOnlyDictionary<string, GraphMessageDetails> Details, IReadOnlySet<string> Vanished)> FetchAsync(
        IReadOnlyList<Message> messages, CancellationToken cancellationToken)
    {
        var chains = messages.Select(m => new BatchChain(m.Id!, [() => DetailRequest(m)])).ToList();
        var results = await batches.RunAsync("message details", chains, idempotent: true, cancellationToken);
        var details = new Dictionary<string, GraphMessageDetails>(StringComparer.Ordinal);
        var vanished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, result) in results)
        {
            if (result.Failure is { Kind: GraphFailureKind.NotFound } gone)
            {
                Log.GraphMessageVanished(logger, mailbox, id, gone.Status);
                vanished.Add(id);
                continue;
            }

            if (result.Failure is { } failure)
            {
                throw new GraphOperationException("message details", failure, null);
            }

            var message = await ParseAsync(result.Responses[^1].Body, cancellationToken);
            details[id] = new GraphMessageDetails(message?.InternetMessageHeaders ?? [], message?.Attachments ?? []);
        }

        return (details, vanished);
    }

    private Microsoft.Kiota.Abstractions.RequestInformation DetailRequest(Message message)
    {
        var request = client.Users[mailbox].Messages[message.Id].ToGetRequestInformation(config =>
        {
            config.QueryParameters.Select = GraphRequests.DetailSelect;
            if (message.HasAttachments == true)
            {
                config.QueryParameters.Expand = ["attachments"];
            }
        });
        GraphRequests.Prefer(request);
        return request;
    }

    private static async Task<Message?> ParseAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(body);
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream, cancellationToken);
        return node.GetObjectValue<Message>(Message.CreateFromDiscriminatorValue);
    }
}

using System.Globalization;
using MailTriage.Worker.Mailboxes;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Serialization.Json;

namespace MailTriage.Worker.Graph;

/// <summary>
/// Applies <see cref="MessageActions"/> as $batch chains: one PATCH (categories merged with the message's own,
/// flag, isRead) then, depending on it, one move. Nothing is deleted. With immutable ids the id survives the move;
/// the id Graph returns is still reported as the new source id.
/// </summary>
public sealed class GraphActionApplier(
    GraphServiceClient client, GraphCaller caller, GraphBatchRunner batches, GraphFolderResolver folders, KnownMessages known, ILogger logger)
{
    public async Task<IReadOnlyList<ActionOutcome>> ApplyAsync(IReadOnlyList<MessageActions> actions, CancellationToken cancellationToken)
    {
        var outcomes = new ActionOutcome?[actions.Count];
        var chains = new List<BatchChain>();
        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var id = actions[i].Message.SourceId;
            try
            {
                var plan = await PlanAsync(actions[i], cancellationToken);
                var key = i.ToString(CultureInfo.InvariantCulture);
                plans[key] = plan;
                chains.Add(new BatchChain(key, plan.Steps(client, caller.Mailbox, id)));
            }
            catch (Exception e) when (e is ArgumentException or GraphOperationException)
            {
                outcomes[i] = Fail(id, e is GraphOperationException g ? g.Failure : null, e.Message);
            }
        }

        var results = await batches.RunAsync("apply actions", chains, idempotent: true, cancellationToken);
        foreach (var (key, result) in results)
        {
            var index = int.Parse(key, CultureInfo.InvariantCulture);
            var id = actions[index].Message.SourceId;
            if (result.Failure is { } failure)
            {
                outcomes[index] = Fail(id, failure, null);
                continue;
            }

            var plan = plans[key];
            var returned = result.Responses.Count > 0 ? await ParseAsync(result.Responses[^1].Body, cancellationToken) : null;
            known.ChangedByUs(id, plan.Categories, plan.Destination ?? plan.CurrentFolder, returned?.ChangeKey ?? known.Get(id)?.OwnChangeKey);
            outcomes[index] = new ActionOutcome(id, true, returned?.Id ?? id, null);
        }

        return outcomes.Select(o => o!).ToList();
    }

    private async Task<Plan> PlanAsync(MessageActions action, CancellationToken ct)
    {
        var id = action.Message.SourceId;
        var destination = action.MoveToFolder is { Length: > 0 } folder ? await folders.ResolveAsync(folder, ct) : null;
        var state = known.Get(id);
        if (state is null && (action.Categories.Count > 0 || destination is not null))
        {
            state = await ReadStateAsync(id, ct);
        }

        var existing = state?.Categories ?? [];
        var merged = existing.Concat(action.Categories).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Plan
        {
            Categories = merged,
            PatchCategories = merged.Count != existing.Count,
            MarkRead = action.MarkRead,
            Flag = action.Flag,
            FlagStart = caller.Time.GetUtcNow(),
            CurrentFolder = state?.ParentFolderId,
            Destination = destination is not null && destination != state?.ParentFolderId ? destination : null,
        };
    }

    /// <summary>One GET when the message is not in memory (e.g. actions replayed after a restart).</summary>
    private async Task<KnownMessage> ReadStateAsync(string id, CancellationToken ct)
    {
        var message = await caller.CallAsync("get message", c => client.Users[caller.Mailbox].Messages[id].GetAsync(config =>
        {
            config.QueryParameters.Select = ["categories", "parentFolderId"];
            GraphRequests.Prefer(config.Headers);
        }, c), ct);
        var state = new KnownMessage(message?.Categories ?? [], message?.ParentFolderId, null);
        known.Seen(id, state.Categories, state.ParentFolderId);
        return state;
    }

    private ActionOutcome Fail(string id, GraphFailure? failure, string? reason)
    {
        Log.GraphActionFailed(logger, caller.Mailbox, id, failure?.Status ?? 0, failure?.Code ?? "refused");
        return new ActionOutcome(id, false, null, reason ?? $"Graph {failure?.Status} {failure?.Code}");
    }

    private static async Task<Message?> ParseAsync(byte[] body, CancellationToken ct)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var stream = new MemoryStream(body);
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream, ct);
        return node.GetObjectValue<Message>(Message.CreateFromDiscriminatorValue);
    }

    private sealed record Plan
    {
        public required IReadOnlyList<string> Categories { get; init; }
        public bool PatchCategories { get; init; }
        public bool MarkRead { get; init; }
        public MessageFlag? Flag { get; init; }
        public DateTimeOffset FlagStart { get; init; }
        public string? CurrentFolder { get; init; }
        public string? Destination { get; init; }

        public List<Func<RequestInformation>> Steps(GraphServiceClient client, string mailbox, string id)
        {
            var steps = new List<Func<RequestInformation>>();
            if (PatchCategories || MarkRead || Flag is not null)
            {
                steps.Add(() => Request(client.Users[mailbox].Messages[id].ToPatchRequestInformation(PatchBody())));
            }

            if (Destination is { } destination)
            {
                steps.Add(() => Request(client.Users[mailbox].Messages[id].Move.ToPostRequestInformation(
                    new Microsoft.Graph.Users.Item.Messages.Item.Move.MovePostRequestBody { DestinationId = destination })));
            }

            return steps;
        }

        private Message PatchBody()
        {
            var patch = new Message();
            if (PatchCategories)
            {
                patch.Categories = [.. Categories];
            }

            if (MarkRead)
            {
                patch.IsRead = true;
            }

            if (Flag is { } flag)
            {
                // Outlook wants a start with a due date; start now, or at the due time if that has already passed.
                var start = flag.DueAt < FlagStart ? flag.DueAt : FlagStart;
                patch.Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.Flagged, StartDateTime = Utc(start), DueDateTime = Utc(flag.DueAt) };
            }

            return patch;
        }

        private static DateTimeTimeZone Utc(DateTimeOffset value) =>
            new() { DateTime = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), TimeZone = "UTC" };

        private static RequestInformation Request(RequestInformation request)
        {
            GraphRequests.Prefer(request);
            return request;
        }
    }
}

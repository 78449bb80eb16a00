using MailTriage.Worker.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace MailTriage.Worker.Graph;

/// <summary>Creates <see cref="GraphMailboxSource"/>s that share one Graph client and one gate per mailbox.</summary>
public sealed class GraphMailboxSourceFactory(
    GraphServiceClient client,
    ISyncStateStore store,
    IOptions<GraphOptions> options,
    MailboxRequestGates gates,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <param name="mailbox">The mailbox's UPN or object id, e.g. "disputes@fabrikam.example".</param>
    /// <param name="folders">Folders to watch: well-known names ("inbox") or folder ids.</param>
    public GraphMailboxSource Create(string mailbox, IReadOnlyList<string> folders) =>
        new(mailbox, folders, client, store, options.Value, gates.For(mailbox), time, loggers.CreateLogger<GraphMailboxSource>());
}

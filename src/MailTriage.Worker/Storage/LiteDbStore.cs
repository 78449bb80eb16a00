using LiteDB;
using MailTriage.Worker.Storage.Documents;

namespace MailTriage.Worker.Storage;

/// <summary>
/// The one embedded database of a MailTriage installation. Owns the <see cref="LiteDatabase"/>, creates the indexes the
/// lists need, and runs every write as a single transaction (one writer at a time; LiteDB serialises writers anyway).
/// The repositories in this folder share one instance; the domain only ever sees their interfaces.
/// </summary>
public sealed class LiteDbStore : IDisposable
{
    internal const string Disputes = "disputes";
    internal const string Events = "dispute_events";
    internal const string SlaStates = "sla_state";
    internal const string Assignments = "assignments";
    internal const string RoundRobin = "round_robin";
    internal const string Counters = "counters";
    internal const string KeyValues = "key_values";
    internal const string ProcessedMessages = "processed_messages";
    internal const string Notifications = "notifications";

    private readonly Lock _writeGate = new();
    private readonly bool _durable;

    public LiteDbStore(LiteDbStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _durable = options.DurableCommits;
        Path = options.Path;

        // A private mapper: other code in the process may configure BsonMapper.Global differently.
        var mapper = new BsonMapper { EnumAsInteger = false, SerializeNullValues = false };
        Database = new LiteDatabase(new ConnectionString { Filename = options.Path, Connection = ConnectionType.Direct }, mapper);
        EnsureIndexes();
    }

    public string Path { get; }

    internal LiteDatabase Database { get; }

    internal ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// <c>field = value</c> as a parameterised expression. LiteDB 5's Query.EQ/Query.In write the value into the
    /// expression text, and LiteDB compiles and caches every distinct text for the life of the process: each message
    /// id, dispute id or owner ever queried leaked two compiled delegates and their JIT code (hundreds of MB over a
    /// 40,000-message backfill, and a slow leak in a worker that runs for months). Parameters keep one text per field.
    /// </summary>
    internal static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    /// <summary><c>field IN (values)</c>, parameterised for the same reason as <see cref="Equal"/>.</summary>
    internal static BsonExpression In(string field, params BsonValue[] values) => BsonExpression.Create($"$.{field} IN @0", new BsonArray(values));

    /// <summary>Runs <paramref name="work"/> as one transaction: all of it is committed, or none of it.</summary>
    internal T Write<T>(Func<T> work)
    {
        lock (_writeGate)
        {
            var began = Database.BeginTrans();
            T result;
            try
            {
                result = work();
                if (began)
                {
                    Database.Commit();
                }
            }
            catch
            {
                if (began)
                {
                    Database.Rollback();
                }

                throw;
            }

            // LiteDB's journal writer runs on a background thread; a checkpoint waits for it and copies the commit
            // into the data file, so once this returns the commit survives the process being killed.
            if (_durable && began)
            {
                Database.Checkpoint();
            }

            return result;
        }
    }

    internal void Write(Action work) => Write(() =>
    {
        work();
        return true;
    });

    /// <summary>Copies the journal into the data file now; call after bulk writes made with <see cref="LiteDbStoreOptions.DurableCommits"/> off.</summary>
    public void Checkpoint()
    {
        lock (_writeGate)
        {
            Database.Checkpoint();
        }
    }

    public void Dispose() => Database.Dispose();

    private void EnsureIndexes()
    {
        var disputes = Collection<DisputeDocument>(Disputes);
        disputes.EnsureIndex("OpenOwner", "$.OpenOwner");
        disputes.EnsureIndex("IsOpen", "$.IsOpen");
        disputes.EnsureIndex("CustomerMatchKey", "$.CustomerMatchKey");
        disputes.EnsureIndex("InvoiceNumbers", "$.InvoiceNumbers[*]");
        disputes.EnsureIndex("MessageIds", "$.MessageIds[*]");
        disputes.EnsureIndex("ConversationKeys", "$.ConversationKeys[*]");

        Collection<DisputeEventDocument>(Events).EnsureIndex("DisputeId", "$.DisputeId");
        Collection<SlaStateDocument>(SlaStates).EnsureIndex("NextDueAt", "$.NextDueAt");
        Collection<AssignmentDocument>(Assignments).EnsureIndex("DisputeId", "$.DisputeId");
        Collection<ProcessedMessageDocument>(ProcessedMessages).EnsureIndex("MessageKey", "$.MessageKey");
        Collection<ProcessedMessageDocument>(ProcessedMessages).EnsureIndex("State", "$.State");
        Collection<NotificationDocument>(Notifications).EnsureIndex("Recipient", "$.Recipient");
    }
}

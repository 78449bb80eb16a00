using MailTriage.Classifier.Mime;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Reports;
using MailTriage.Worker.Review;
using MailTriage.Worker.Storage;

namespace MailTriage.Worker.Cli;

/// <summary>
/// The store, matrix and services the dispute, report, export and review commands share, opened for one command.
/// LiteDB allows one process on a file at a time: a worker or dashboard holding it makes these commands wait and fail.
/// </summary>
internal sealed class ReadSide : IDisposable
{
    private ReadSide(LiteDbStore store, ResolutionMatrix matrix, string? mailboxesRoot, TimeProvider time)
    {
        Store = store;
        Matrix = matrix;
        Time = time;
        Disputes = new LiteDbDisputeRepository(store);
        SlaStates = new LiteDbSlaStateRepository(store);
        Assignments = new LiteDbAssignmentRepository(store);
        Messages = new LiteDbProcessedMessageStore(store);
        Corrections = new LiteDbReviewCorrectionStore(store);
        ReadModel = new DisputeReadModel(store, matrix);
        Details = new DisputeDetailReader(Disputes, Messages, matrix);
        var intake = new DisputeIntake(matrix, Disputes, Assignments, new DisputeLinker());
        Workflow = new DisputeWorkflow(Disputes, SlaStates, Assignments, intake, matrix, time);
        Review = new ReviewQueue(Messages, Corrections, new MailBodyLocator(mailboxesRoot, new MimeMessageReader()), time);
    }

    public LiteDbStore Store { get; }
    public ResolutionMatrix Matrix { get; }
    public TimeProvider Time { get; }
    public LiteDbDisputeRepository Disputes { get; }
    public LiteDbSlaStateRepository SlaStates { get; }
    public LiteDbAssignmentRepository Assignments { get; }
    public LiteDbProcessedMessageStore Messages { get; }
    public LiteDbReviewCorrectionStore Corrections { get; }
    public DisputeReadModel ReadModel { get; }
    public DisputeDetailReader Details { get; }
    public DisputeWorkflow Workflow { get; }
    public ReviewQueue Review { get; }

    public NodaTime.Instant Now => NodaTime.Instant.FromDateTimeOffset(Time.GetUtcNow());

    /// <summary>Opens the store and loads the matrix, or prints why not and returns null.</summary>
    public static ReadSide? Open(string? dbOption, string? matrixOption, string? mailboxesOption = null)
    {
        var db = StoreLocation.ResolveDatabase(dbOption, out var dbProblem);
        var matrixPath = StoreLocation.ResolveMatrix(matrixOption, out var matrixProblem);
        if (db is null || matrixPath is null)
        {
            Console.Error.WriteLine(db is null ? dbProblem : matrixProblem);
            return null;
        }

        var loaded = ResolutionMatrixLoader.Load(File.ReadAllText(matrixPath));
        if (loaded.Matrix is null)
        {
            foreach (var p in loaded.Problems)
            {
                Console.Error.WriteLine($"{Path.GetFileName(matrixPath)}: {p}");
            }

            return null;
        }

        try
        {
            var store = new LiteDbStore(new LiteDbStoreOptions { Path = db });
            return new ReadSide(store, loaded.Matrix, mailboxesOption ?? StoreLocation.MailboxesBeside(db), TimeProvider.System);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Cannot open {db}: {ex.Message} (is a worker or dashboard holding it? LiteDB allows one process per file).");
            return null;
        }
    }

    public void Dispose() => Store.Dispose();
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.TestUtils;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Storage;
using NodaTime;

namespace MailTriage.Worker.Tests.Dashboard;

/// <summary>
/// A small, fully known store for report, dashboard and browser tests: two overdue pricing disputes from the same
/// customer (one with a hostile subject), one due within hours, one closed, and a needs-review message whose subject
/// is an &lt;img onerror&gt; payload. Shared with the browser tests (linked into MailTriage.EndToEnd.Tests).
/// </summary>
public sealed class DashboardSeed : IDisposable
{
    public const string ScriptSubject = "<script>alert(1)</script> price on INV-2001";
    public const string ImgSubject = "<img src=x onerror=alert(1)> which invoice?";
    public const string Marcus = "marcus.lee@fabrikam.example";
    public const string Elena = "elena.ortiz@fabrikam.example";

    /// <summary>Wednesday 10 June 2026, 10:00 in Chicago: inside business hours of the us-central calendar.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 15, 0);

    private DashboardSeed(string folder)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "mailtriage.db");
        MailboxesPath = Path.Combine(folder, "mailboxes");
        MatrixPath = Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml");
        Matrix = ResolutionMatrix.Parse(File.ReadAllText(MatrixPath));
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string MailboxesPath { get; }
    public string MatrixPath { get; }
    public ResolutionMatrix Matrix { get; }

    public DisputeId Overdue { get; private set; }
    public DisputeId Hostile { get; private set; }
    public DisputeId DueSoon { get; private set; }
    public DisputeId Closed { get; private set; }

    public static DashboardSeed Create()
    {
        var seed = new DashboardSeed(Path.Combine(Path.GetTempPath(), "mailtriage-dash-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(seed.Folder);
        using var store = new LiteDbStore(new LiteDbStoreOptions { Path = seed.DatabasePath, DurableCommits = false });
        seed.Fill(store);
        return seed;
    }

    public LiteDbStore OpenStore() => new(new LiteDbStoreOptions { Path = DatabasePath, DurableCommits = false });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A browser or server still closing its handle; the OS cleans temp eventually.
        }
    }

    private void Fill(LiteDbStore store)
    {
        var disputes = new LiteDbDisputeRepository(store);
        var sla = new LiteDbSlaStateRepository(store);
        var messages = new LiteDbProcessedMessageStore(store);
        var marcus = new DisputeOwner("Marcus Lee", Marcus, "pricing", "priya.raman@fabrikam.example");
        var elena = new DisputeOwner("Elena Ortiz", Elena, "pricing", "priya.raman@fabrikam.example");

        // Opened Monday 1 June: seven business days ago, far past every clock of the standard policy.
        Overdue = Open(disputes, sla, messages, Instant.FromUtc(2026, 6, 1, 14, 0), "C-200001", "Granger Electric", "INV-2000", 1080.00m, "USD", "Wrong unit price on conduit fittings", marcus, "msg-1.eml");

        // Same customer, same reason, opened yesterday: a repeat offender, and a subject that tries to run script.
        Hostile = Open(disputes, sla, messages, Instant.FromUtc(2026, 6, 9, 14, 0), "C-200001", "Granger Electric", "INV-2001", 250.50m, "USD", ScriptSubject, marcus, "msg-2.eml");

        // Opened an hour ago: acknowledge is due within the next few business hours.
        DueSoon = Open(disputes, sla, messages, Now - Duration.FromHours(1), "C-300002", "Tessaro Foods", "INV-3000", 702.00m, "USD", "Short shipment on PO 4500", elena, "msg-3.eml");

        var closed = disputes.Find(Open(disputes, sla, messages, Instant.FromUtc(2026, 6, 2, 14, 0), "C-400004", "Loma Schools", "INV-4000", 99.00m, "USD", "Tax charged on exempt order", elena, "msg-4.eml"))!;
        var staff = DisputeActor.Staff(Elena);
        closed.Start(staff, Instant.FromUtc(2026, 6, 2, 15, 0));
        closed.ResolveInvalid(staff, Instant.FromUtc(2026, 6, 3, 15, 0), "exemption certificate expired");
        closed.Close(staff, Instant.FromUtc(2026, 6, 4, 15, 0), "customer paid");
        disputes.Save(closed);
        Refresh(sla, closed, Now);
        Closed = closed.Id;

        messages.Save(Message("ar-us", "review-1.eml", ImgSubject, "other", 0.41f, needsReview: true, disputeId: null, Now - Duration.FromHours(3)));
        messages.Save(Message("ar-us", "remit-1.eml", "Payment advice", "remittance_advice", 0.97f, needsReview: false, disputeId: null, Now - Duration.FromHours(2)));
        var inbox = Path.Combine(MailboxesPath, "ar-us", "AR-Review");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "review-1.eml"),
            "From: Pat Doe <pat@granger.example>\r\nTo: ar-us@fabrikam.example\r\nSubject: <img src=x onerror=alert(1)> which invoice?\r\n" +
            "Message-ID: <review-1@granger.example>\r\nDate: Wed, 10 Jun 2026 07:00:00 -0500\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
            "Hello, <b>which</b> invoice does the credit <script>alert(2)</script> apply to?\r\n");
    }

    private DisputeId Open(LiteDbDisputeRepository disputes, LiteDbSlaStateRepository sla, LiteDbProcessedMessageStore messages, Instant at, string customer, string name,
        string invoice, decimal amount, string currency, string subject, DisputeOwner owner, string sourceId)
    {
        var dispute = Dispute.Open(
            disputes.NextId(),
            new DisputeFacts
            {
                Reason = DisputeReasonCodes.Pricing,
                CustomerKey = customer,
                CustomerAccount = customer,
                CustomerName = name,
                Region = "US",
                Amount = amount,
                Currency = currency,
                InvoiceNumbers = [invoice],
                Subject = subject,
            },
            new DisputeRouting("pricing", "standard", "us-central", DisputePriority.Normal, 3),
            new CustomerMessageRef("disputes", $"<{sourceId}@{customer}.example>", null, at));
        dispute.Assign(owner, DisputeActor.System, at, "matrix row 3 → Pricing & Contracts");
        disputes.Save(dispute);
        Refresh(sla, dispute, Now);
        messages.Save(Message("disputes", sourceId, subject, "dispute", 0.93f, needsReview: false, dispute.Id.Value, at) with
        {
            InvoiceNumbers = [invoice],
            Amounts = [$"{amount:0.00} {currency}"],
            DisputeReason = DisputeReasonCodes.Pricing,
        });
        return dispute.Id;
    }

    private void Refresh(LiteDbSlaStateRepository sla, Dispute dispute, Instant now)
    {
        var (policy, calendar) = Matrix.SlaContextFor(dispute.Routing);
        sla.Upsert(SlaStateRecord.From(dispute, SlaEvaluator.Evaluate(policy, calendar, dispute.History, now)));
    }

    private static ProcessedMessage Message(string mailbox, string sourceId, string subject, string label, float confidence, bool needsReview, string? disputeId, Instant at) => new()
    {
        MailboxId = mailbox,
        SourceId = sourceId,
        InternetMessageId = $"<{sourceId}@seed.example>",
        State = ProcessingState.Acted,
        Label = label,
        Confidence = confidence,
        NeedsReview = needsReview,
        Language = "en",
        Subject = subject,
        SenderDomain = "granger.example",
        DisputeId = disputeId,
        FirstSeenAt = at.ToDateTimeOffset(),
        UpdatedAt = at.ToDateTimeOffset(),
    };
}

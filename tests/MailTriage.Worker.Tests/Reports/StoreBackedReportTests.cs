using ClosedXML.Excel;
using MailTriage.Classifier.Intent;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Reports;
using MailTriage.Worker.Review;
using MailTriage.Worker.Storage;
using MailTriage.Worker.Tests.Dashboard;
using MailTriage.Worker.Training;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace MailTriage.Worker.Tests.Reports;

public sealed class StoreBackedReportTests : IDisposable
{
    private readonly DashboardSeed _seed = DashboardSeed.Create();
    private readonly LiteDbStore _store;

    public StoreBackedReportTests() => _store = _seed.OpenStore();

    [Fact]
    public void Rows_SeededStore_OverdueAndAgeFromLiveClocks()
    {
        var rows = new DisputeReadModel(_store, _seed.Matrix).Rows(DashboardSeed.Now);

        Assert.Equal(4, rows.Count);
        var overdue = rows.Single(r => r.Id == _seed.Overdue);
        Assert.True(overdue.IsOverdue);

        // Monday 1 June 09:00 CDT to Wednesday 10 June 10:00 CDT: seven full business days and one hour.
        Assert.Equal(7.12, overdue.AgeBusinessDays);
        Assert.False(rows.Single(r => r.Id == _seed.DueSoon).IsOverdue);
        Assert.False(rows.Single(r => r.Id == _seed.Closed).IsOpen);
    }

    [Fact]
    public void XlsxWrite_SeededStore_SheetsHoldExpectedRowsAndExcelTypes()
    {
        var rows = new DisputeReadModel(_store, _seed.Matrix).Rows(DashboardSeed.Now);
        using var stream = new MemoryStream();

        XlsxReportExporter.Write(rows, DashboardSeed.Now, Duration.FromHours(24), stream);

        stream.Position = 0;
        using var book = new XLWorkbook(stream);
        var overdue = book.Worksheet(XlsxReportExporter.OverdueSheet);
        Assert.Equal([_seed.Overdue.Value, _seed.Hostile.Value], Enumerable.Range(2, overdue.LastRowUsed().RowNumber() - 1).Select(r => overdue.Cell(r, 1).GetString()));
        Assert.Equal(XLDataType.Number, overdue.Cell(2, 6).DataType);
        Assert.Equal(1080.00m, overdue.Cell(2, 6).GetValue<decimal>());
        Assert.Equal(XLDataType.DateTime, overdue.Cell(2, 11).DataType);
        Assert.Equal(new DateTime(2026, 6, 1, 14, 0, 0), overdue.Cell(2, 11).GetDateTime());
        Assert.Equal(XLDataType.Number, overdue.Cell(2, 15).DataType);
        Assert.Equal(1, overdue.SheetView.SplitRow);
        Assert.True(overdue.AutoFilter.IsEnabled);

        var aging = book.Worksheet(XlsxReportExporter.AgingSheet);
        Assert.Equal(3, Enumerable.Range(2, 5).Sum(r => aging.Cell(r, 4).GetValue<int>()));
        var workload = book.Worksheet(XlsxReportExporter.WorkloadSheet);
        Assert.Equal(2, workload.LastRowUsed().RowNumber() - 1);
        Assert.Equal(3, book.Worksheet(XlsxReportExporter.OpenSheet).LastRowUsed().RowNumber() - 1);
    }

    [Fact]
    public void WorkflowApply_IllegalTransition_RefusedInVerbsAndNothingChanged()
    {
        var (workflow, disputes) = Workflow();

        var result = workflow.Apply(new DisputeCommand(_seed.Overdue.Value, DisputeAction.Close, DashboardSeed.Marcus, "done"));

        Assert.False(result.Succeeded);
        Assert.Contains("cannot close while Assigned; allowed now: reassign, start", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, disputes.Find(_seed.Overdue)!.Version);
    }

    [Fact]
    public void WorkflowApply_ReassignWithoutOwner_NextTeamMemberTakesIt()
    {
        var (workflow, disputes) = Workflow();

        var result = workflow.Apply(new DisputeCommand(_seed.Overdue.Value, DisputeAction.Reassign, "priya.raman@fabrikam.example", "Marcus is out"));

        Assert.True(result.Succeeded, result.Message);
        var dispute = disputes.Find(_seed.Overdue)!;
        Assert.NotEqual(DashboardSeed.Marcus, dispute.Owner!.Email);
        Assert.Equal(DisputeEventKind.Reassigned, dispute.History[^1].Kind);
    }

    [Fact]
    public void WorkflowApply_AssignToStranger_Refused()
    {
        var (workflow, _) = Workflow();

        var result = workflow.Apply(new DisputeCommand(_seed.Overdue.Value, DisputeAction.Reassign, "priya.raman@fabrikam.example", null, "nobody@elsewhere.example"));

        Assert.False(result.Succeeded);
        Assert.Contains("not a member or manager", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionExport_Corrections_ReadBackByTrainingReader()
    {
        var corrections = new LiteDbReviewCorrectionStore(_store);
        var queue = new ReviewQueue(new LiteDbProcessedMessageStore(_store), corrections,
            new MailBodyLocator(_seed.MailboxesPath, new MailTriage.Classifier.Mime.MimeMessageReader()), new FakeTimeProvider(DashboardSeed.Now.ToDateTimeOffset()));
        Assert.Null(queue.Correct("ar-us", "review-1.eml", IntentLabels.Dispute, DisputeReasons.Pricing, "ana@fabrikam.example"));
        Assert.NotNull(queue.Correct("ar-us", "review-1.eml", IntentLabels.Dispute, null, "ana@fabrikam.example"));
        var folder = Path.Combine(_seed.Folder, "training");
        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, "review.jsonl")))
        {
            Assert.Equal((1, 0), CorrectionTrainingExport.Write(corrections.All(), writer));
        }

        var (examples, problems) = TrainingDataReader.ReadFolder(folder);

        Assert.Empty(problems);
        var example = Assert.Single(examples);
        Assert.Equal((IntentLabels.Dispute, DisputeReasons.Pricing, "review-granger.example"), (example.Label, example.DisputeReason, example.Group));
    }

    public void Dispose()
    {
        _store.Dispose();
        _seed.Dispose();
    }

    private (DisputeWorkflow Workflow, LiteDbDisputeRepository Disputes) Workflow()
    {
        var disputes = new LiteDbDisputeRepository(_store);
        var assignments = new LiteDbAssignmentRepository(_store);
        var intake = new DisputeIntake(_seed.Matrix, disputes, assignments, new DisputeLinker());
        return (new DisputeWorkflow(disputes, new LiteDbSlaStateRepository(_store), assignments, intake, _seed.Matrix, new FakeTimeProvider(DashboardSeed.Now.ToDateTimeOffset())), disputes);
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.TestUtils;
using MailTriage.Worker.Storage;
using NodaTime;

namespace MailTriage.Worker.Tests.Storage;

/// <summary>The worker's dispute path over the real store and the example matrix, across a restart.</summary>
public sealed class LiteDbDisputeIntakeTests : IDisposable
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 15, 0); // 09:00 in Mexico City
    private static readonly ResolutionMatrix Matrix =
        ResolutionMatrixLoader.LoadOrThrow(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml")));

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static DisputeIntake Intake(LiteDbStore store) =>
        new(Matrix, new LiteDbDisputeRepository(store), new LiteDbAssignmentRepository(store), new DisputeLinker());

    private static DisputeIntakeRequest Mail(string messageId, string? inReplyTo, Instant at) => new()
    {
        MailboxId = "ar-mx@fabrikam.example",
        InternetMessageId = messageId,
        InReplyTo = inReplyTo,
        ConversationId = "AAQkADMX=",
        ReceivedAt = at,
        Facts = new DisputeFacts
        {
            Reason = "tax",
            CustomerKey = "C-204410",
            CustomerDomain = "abarrotes.example",
            Region = "MX",
            Amount = 18450.00m,
            Currency = "MXN",
            InvoiceNumbers = ["FAC-88231"],
        },
    };

    [Fact]
    public void Receive_OpenThenRestartThenReply_OneDisputeWithWholeHistory()
    {
        var opened = Intake(_db.Open()).Receive(Mail("<m1@abarrotes.example>", null, Monday), Monday);
        Assert.Equal(("tax-mx", "jorge.aguilar@fabrikam.example"), (opened.Dispute.Routing.TeamId, opened.Dispute.Owner!.Email));

        var store = _db.Reopen();
        var reply = Intake(store).Receive(Mail("<m2@abarrotes.example>", "<m1@abarrotes.example>", Monday + Duration.FromHours(2)), Monday + Duration.FromHours(2));
        var replay = Intake(store).Receive(Mail("<m2@abarrotes.example>", "<m1@abarrotes.example>", Monday + Duration.FromHours(2)), Monday + Duration.FromHours(3));

        Assert.Equal(opened.Dispute.Id, reply.Dispute.Id);
        Assert.Equal(DisputeLinkKind.AttachByThread, reply.Link.Kind);
        Assert.False(replay.Changed);
        var repository = new LiteDbDisputeRepository(store);
        Assert.Equal([DisputeEventKind.Opened, DisputeEventKind.Assigned, DisputeEventKind.CustomerMessage], repository.History(opened.Dispute.Id).Select(e => e.Kind));
        Assert.Single(new LiteDbAssignmentRepository(store).ForDispute(opened.Dispute.Id));
    }

    [Fact]
    public void SlaSweep_OverStoredDisputes_FindsOverdueAndEscalatesOnce()
    {
        var store = _db.Open();
        var disputes = new LiteDbDisputeRepository(store);
        var slaStates = new LiteDbSlaStateRepository(store);
        var id = Intake(store).Receive(Mail("<m1@abarrotes.example>", null, Monday), Monday).Dispute.Id;

        // What the worker's periodic sweep does: evaluate, store the state, send what is due, record it.
        void Sweep(Instant now)
        {
            foreach (var openId in disputes.OpenDisputeIds())
            {
                var dispute = disputes.Find(openId)!;
                var (policy, calendar) = Matrix.SlaContextFor(dispute.Routing);
                var plan = EscalationPlanner.Plan(policy, calendar, dispute.History, now);
                foreach (var notification in plan.Due)
                {
                    dispute.RecordNotificationSent(notification, now);
                }

                disputes.Save(dispute);
                slaStates.Upsert(SlaStateRecord.From(dispute, plan.Evaluation));
            }
        }

        // tax-review: acknowledge within 1 business day (8 h) on the Mexico City calendar (09–14, 15–18): due Tue 09:00.
        Sweep(Monday + Duration.FromDays(1) + Duration.FromMinutes(30));
        Sweep(Monday + Duration.FromDays(1) + Duration.FromMinutes(45));

        var overdue = slaStates.Overdue(Monday + Duration.FromDays(1) + Duration.FromHours(1));
        Assert.Equal([id], overdue.Select(o => o.DisputeId));
        Assert.Equal(SlaClockKind.Acknowledge, overdue[0].NextDueClock);
        var escalations = disputes.History(id).Where(e => e.Kind == DisputeEventKind.Escalated).ToList();
        Assert.Single(escalations);
        Assert.Equal(1, disputes.Find(id)!.EscalationLevel);
    }
}

using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Linking;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using NodaTime;

namespace MailTriage.Routing.Intake;

/// <summary>
/// The worker's single entry point for a dispute mail: link it to an existing case or open, route and assign a new
/// one, and save. Replaying the same mail (after a crash) changes nothing. Time comes in as <c>now</c>.
/// </summary>
public sealed class DisputeIntake(ResolutionMatrix matrix, IDisputeRepository disputes, IAssignmentRepository assignments, DisputeLinker linker)
{
    public IntakeOutcome Receive(DisputeIntakeRequest request, Instant now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var link = linker.Link(request.ToLinkingMail(), disputes);
        switch (link.Kind)
        {
            case DisputeLinkKind.AlreadyRecorded:
                return new IntakeOutcome(Load(link.DisputeId!.Value), link, null, null);

            case DisputeLinkKind.AttachByThread or DisputeLinkKind.AttachByInvoice:
                var existing = Load(link.DisputeId!.Value);
                existing.RecordCustomerMessage(request.ToMessageRef(), request.Facts.InvoiceNumbers);
                disputes.Save(existing);
                return new IntakeOutcome(existing, link, null, null);

            default:
                return Open(request, link, now);
        }
    }

    /// <summary>Moves a dispute to the next available member of its team (never back to the current owner).</summary>
    public AssignmentResult Reassign(Dispute dispute, DisputeActor actor, string reason, Instant now)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        var team = matrix.Teams.GetValueOrDefault(dispute.Routing.TeamId)
            ?? throw new InvalidOperationException($"Team '{dispute.Routing.TeamId}' of dispute {dispute.Id} is no longer in the matrix; reassign to a named person instead.");
        var result = DisputeAssigner.Assign(team, disputes.OpenLoadByOwner(team.Members.Select(m => m.Email)), now, assignments.LoadRoundRobin(), exclude: dispute.Owner?.Email);
        dispute.Reassign(result.Owner, actor, now, $"{reason} ({result.Explanation})");
        disputes.Save(dispute);
        assignments.SaveRoundRobin(result.RoundRobin);
        assignments.Record(new AssignmentRecord(dispute.Id, team.Id, result.Owner.Email, result.FellBackToManager, result.Explanation, now));
        return result;
    }

    private IntakeOutcome Open(DisputeIntakeRequest request, DisputeLink link, Instant now)
    {
        var facts = request.Facts;
        var routing = matrix.Route(new DisputeRoutingQuery(facts.Reason, facts.Region, facts.Amount, facts.CustomerAccount, facts.CustomerDomain));
        var followUpOf = link.Kind == DisputeLinkKind.FollowUp ? link.DisputeId : null;
        var dispute = Dispute.Open(disputes.NextId(), facts, routing.ToDisputeRouting(), request.ToMessageRef(), followUpOf);

        var team = routing.Team;
        var assignment = DisputeAssigner.Assign(team, disputes.OpenLoadByOwner(team.Members.Select(m => m.Email)), now, assignments.LoadRoundRobin());
        dispute.Assign(assignment.Owner, DisputeActor.System, now, $"{routing.Explanation}; {assignment.Explanation}");

        disputes.Save(dispute);
        assignments.SaveRoundRobin(assignment.RoundRobin);
        assignments.Record(new AssignmentRecord(dispute.Id, team.Id, assignment.Owner.Email, assignment.FellBackToManager, assignment.Explanation, now));
        return new IntakeOutcome(dispute, link, routing, assignment);
    }

    private Dispute Load(DisputeId id) =>
        disputes.Find(id) ?? throw new InvalidOperationException($"Dispute {id} was found by the linker but cannot be loaded.");
}

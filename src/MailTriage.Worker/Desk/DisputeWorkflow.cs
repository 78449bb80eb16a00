using MailTriage.Routing.Disputes;
using MailTriage.Routing.Intake;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using NodaTime;

namespace MailTriage.Worker.Desk;

/// <summary>
/// Applies a person's action to a dispute through its state machine, saves the new event and refreshes the SLA cache,
/// exactly as the pipeline does after intake. An action the current state does not allow changes nothing and comes
/// back as a refusal that names what is allowed instead.
/// </summary>
public sealed class DisputeWorkflow(
    IDisputeRepository disputes,
    ISlaStateRepository slaStates,
    IAssignmentRepository assignments,
    DisputeIntake intake,
    ResolutionMatrix matrix,
    TimeProvider time)
{
    public DisputeCommandResult Apply(DisputeCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.DisputeId) || disputes.Find(new DisputeId(command.DisputeId.Trim().ToUpperInvariant())) is not { } dispute)
        {
            return DisputeCommandResult.Refused($"No dispute '{command.DisputeId}' in the store.");
        }

        if (string.IsNullOrWhiteSpace(command.Actor))
        {
            return DisputeCommandResult.Refused("Say who is acting (an e-mail address): it is recorded on the case.");
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var actor = DisputeActor.Staff(command.Actor.Trim());
        var verb = DisputeVerbs.Name(command.Action);
        var note = string.IsNullOrWhiteSpace(command.Note) ? $"{verb} by {actor.Id}" : command.Note.Trim();
        var before = dispute.Version;
        try
        {
            if (!Act(dispute, command, actor, note, now, out var refusal))
            {
                return DisputeCommandResult.Refused(refusal);
            }
        }
        catch (DisputeTransitionException ex)
        {
            // The domain's message names enum members; people typed verbs, so answer in verbs.
            var allowed = DisputeVerbs.HumanActions(ex.Permitted).Select(DisputeVerbs.Name).ToArray();
            return DisputeCommandResult.Refused(
                $"Dispute {dispute.Id} cannot {verb} while {ex.State}; allowed now: {(allowed.Length > 0 ? string.Join(", ", allowed) : "nothing")}. Nothing was changed.");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return DisputeCommandResult.Refused($"Dispute {dispute.Id}: {ex.Message} Nothing was changed.");
        }

        var (policy, calendar) = matrix.SlaContextFor(dispute.Routing);
        slaStates.Upsert(SlaStateRecord.From(dispute, SlaEvaluator.Evaluate(policy, calendar, dispute.History, now)));
        var recorded = dispute.Version > before ? dispute.History[^1] : null;
        return new DisputeCommandResult(true, $"Dispute {dispute.Id}: {verb} recorded; now {dispute.State}.", dispute.State, recorded);
    }

    private bool Act(Dispute dispute, DisputeCommand command, DisputeActor actor, string note, Instant now, out string refusal)
    {
        refusal = "";
        switch (command.Action)
        {
            case DisputeAction.Assign when string.IsNullOrWhiteSpace(command.OwnerEmail):
                refusal = $"Dispute {dispute.Id}: assign needs the new owner's e-mail. Nothing was changed.";
                return false;
            case DisputeAction.Reassign when string.IsNullOrWhiteSpace(command.OwnerEmail):
                // The intake's reassignment picks the next available member by load and round robin, and saves.
                intake.Reassign(dispute, actor, note, now);
                return true;
            case DisputeAction.Assign or DisputeAction.Reassign:
                if (FindOwner(command.OwnerEmail!, dispute.Routing.TeamId) is not { } owner)
                {
                    refusal = $"Dispute {dispute.Id}: '{command.OwnerEmail}' is not a member or manager of any team in the matrix. Nothing was changed.";
                    return false;
                }

                if (command.Action == DisputeAction.Assign)
                {
                    dispute.Assign(owner, actor, now, note);
                }
                else
                {
                    dispute.Reassign(owner, actor, now, note);
                }

                disputes.Save(dispute);
                assignments.Record(new AssignmentRecord(dispute.Id, owner.TeamId, owner.Email, false, $"by {actor.Id}: {note}", now));
                return true;
            case DisputeAction.RecordCreditMemo when string.IsNullOrWhiteSpace(command.CreditMemoNumber):
                refusal = $"Dispute {dispute.Id}: credit-memo needs the credit memo number. Nothing was changed.";
                return false;
            case DisputeAction.RecordCustomerMessage:
                refusal = $"Dispute {dispute.Id}: customer mail is recorded by the pipeline when it arrives, not by hand. Nothing was changed.";
                return false;
        }

        Action apply = command.Action switch
        {
            DisputeAction.Start => () => dispute.Start(actor, now, note),
            DisputeAction.AwaitCustomer => () => dispute.AwaitCustomer(actor, now, note),
            DisputeAction.AwaitInternal => () => dispute.AwaitInternal(actor, now, note),
            DisputeAction.Resume => () => dispute.Resume(actor, now, note),
            DisputeAction.RecordOwnerResponse => () => dispute.RecordOwnerResponse(actor, now, note),
            DisputeAction.ResolveValid => () => dispute.ResolveValid(actor, now, note, command.CreditMemoNumber),
            DisputeAction.ResolveInvalid => () => dispute.ResolveInvalid(actor, now, note),
            DisputeAction.RecordCreditMemo => () => dispute.RecordCreditMemo(actor, now, command.CreditMemoNumber!),
            DisputeAction.Close => () => dispute.Close(actor, now, note),
            DisputeAction.Reopen => () => dispute.Reopen(actor, now, note),
            DisputeAction.Escalate => () => dispute.Escalate(actor, now, note),
            _ => throw new InvalidOperationException($"Action {command.Action} is not supported here."),
        };
        apply();
        disputes.Save(dispute);
        return true;
    }

    /// <summary>A member of the dispute's own team first, then anyone in the matrix (a manager may take a case over).</summary>
    private DisputeOwner? FindOwner(string email, string teamId)
    {
        var teams = matrix.Teams.Values.OrderBy(t => string.Equals(t.Id, teamId, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        foreach (var team in teams)
        {
            if (team.FindMember(email) is { } member)
            {
                return new DisputeOwner(member.Name, member.Email, team.Id, member.ManagerEmail ?? team.Manager.Email);
            }

            if (string.Equals(team.Manager.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return new DisputeOwner(team.Manager.Name, team.Manager.Email, team.Id, matrix.ArManager.Email);
            }
        }

        return null;
    }
}

using MailTriage.Routing.Disputes;
using MailTriage.Routing.Matrix;
using MailTriage.Routing.Persistence;
using MailTriage.Routing.Sla;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Pipeline;
using NodaTime;

namespace MailTriage.Worker.Reports;

/// <summary>Everything `disputes show` and the dashboard's case page print: the row, its timeline, its clocks and its mail.</summary>
public sealed record DisputeDetail(
    DisputeRow Row,
    IReadOnlyList<DisputeEvent> Timeline,
    SlaEvaluation Sla,
    IReadOnlyList<DisputeAction> Allowed,
    IReadOnlyList<ProcessedMessage> Messages,
    string? CreditMemoNumber);

/// <summary>Loads one dispute's detail through the repositories (so it is the same aggregate the workflow acts on).</summary>
public sealed class DisputeDetailReader(IDisputeRepository disputes, IProcessedMessageStore messages, ResolutionMatrix matrix)
{
    public DisputeDetail? Find(string id, Instant now)
    {
        if (string.IsNullOrWhiteSpace(id) || disputes.Find(new DisputeId(id.Trim().ToUpperInvariant())) is not { } dispute)
        {
            return null;
        }

        var snapshot = dispute.ToSnapshot();
        var (policy, calendar) = matrix.SlaContextFor(dispute.Routing);
        var sla = SlaEvaluator.Evaluate(policy, calendar, dispute.History, now);
        var mail = messages.All().Where(m => string.Equals(m.DisputeId, dispute.Id.Value, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.FirstSeenAt).ToArray();
        return new DisputeDetail(
            DisputeRowFactory.Create(snapshot, dispute.History, matrix, now),
            dispute.History,
            sla,
            DisputeVerbs.HumanActions(dispute.PermittedActions),
            mail,
            dispute.CreditMemoNumber);
    }
}

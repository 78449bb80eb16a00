using MailTriage.Routing.Assignment;
using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Persistence;

/// <summary>Assignment log and the round-robin cursor that keeps tie-breaking fair across restarts.</summary>
public interface IAssignmentRepository
{
    RoundRobinState LoadRoundRobin();

    void SaveRoundRobin(RoundRobinState state);

    void Record(AssignmentRecord record);

    IReadOnlyList<AssignmentRecord> ForDispute(DisputeId id);
}

public sealed record AssignmentRecord(DisputeId DisputeId, string TeamId, string OwnerEmail, bool ManagerFallback, string Explanation, Instant At);

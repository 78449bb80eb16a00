using System.Collections.Immutable;

namespace MailTriage.Routing.Assignment;

/// <summary>
/// Who got the last tied assignment in each team. Passed in and returned by <see cref="DisputeAssigner"/> so the
/// assigner stays pure; the store keeps it between runs.
/// </summary>
public sealed record RoundRobinState(ImmutableDictionary<string, string> LastAssignedByTeam)
{
    public static RoundRobinState Empty { get; } = new(ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase));

    public string? LastAssigned(string teamId) => LastAssignedByTeam.GetValueOrDefault(teamId);

    public RoundRobinState With(string teamId, string email) => new(LastAssignedByTeam.SetItem(teamId, email));
}

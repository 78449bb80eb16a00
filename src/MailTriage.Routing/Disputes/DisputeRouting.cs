namespace MailTriage.Routing.Disputes;

/// <summary>
/// What the resolution matrix decided when the dispute was opened. Kept on the dispute so a later matrix edit
/// does not silently move running clocks to another calendar or policy.
/// </summary>
public sealed record DisputeRouting(string TeamId, string SlaPolicyId, string CalendarId, DisputePriority Priority, int MatrixRow);

using System.Globalization;
using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Sla;

public enum SlaNotificationKind
{
    /// <summary>The warning threshold (e.g. 75 %) of a running clock was reached.</summary>
    Warning,

    /// <summary>A rung of the escalation ladder after breach (the first rung is the breach notice itself).</summary>
    Escalation,
}

/// <summary>
/// A reminder or escalation MailTriage owes someone. <see cref="Key"/> is derived only from the dispute, the clock
/// instance and the rung, so planning again after a restart yields the same key and nothing is sent twice.
/// </summary>
public sealed record SlaNotification(
    DisputeId DisputeId,
    SlaNotificationKind Kind,
    SlaClockKind Clock,
    string ClockId,
    int Level,
    EscalationRecipient Recipient,
    Instant DueAt)
{
    public string Key => Kind == SlaNotificationKind.Warning
        ? $"{DisputeId}/{ClockId}/warning"
        : string.Create(CultureInfo.InvariantCulture, $"{DisputeId}/{ClockId}/step-{Level}");

    public string Describe() => Kind == SlaNotificationKind.Warning
        ? $"{Clock} SLA warning sent to {Recipient}"
        : string.Create(CultureInfo.InvariantCulture, $"{Clock} SLA breached: escalation level {Level} sent to {Recipient}");
}

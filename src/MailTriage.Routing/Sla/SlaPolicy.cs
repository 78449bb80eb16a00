namespace MailTriage.Routing.Sla;

/// <summary>
/// Service levels for one kind of dispute, in business time of the dispute's calendar.
/// </summary>
/// <param name="Id">Name used by the matrix rows.</param>
/// <param name="AcknowledgeWithin">From opening to the owner's first action.</param>
/// <param name="RespondWithin">From a later customer message to the owner's next action ("owner must respond").</param>
/// <param name="ResolveWithin">From opening to a resolution, not counting time spent waiting on the customer.</param>
/// <param name="WarningFraction">Share of a clock's target after which the owner is warned, e.g. 0.75.</param>
/// <param name="Escalation">Steps after breach, in ascending order of <see cref="EscalationStep.After"/>.</param>
public sealed record SlaPolicy(
    string Id,
    BusinessSpan AcknowledgeWithin,
    BusinessSpan RespondWithin,
    BusinessSpan ResolveWithin,
    double WarningFraction,
    IReadOnlyList<EscalationStep> Escalation)
{
    public static IReadOnlyList<EscalationStep> DefaultLadder { get; } =
    [
        new(BusinessSpan.Zero, EscalationRecipient.Owner),
        new(BusinessSpan.Hours(4), EscalationRecipient.OwnerManager),
        new(BusinessSpan.Days(1), EscalationRecipient.ArManager),
    ];
}

using MailTriage.Routing.Calendars;
using MailTriage.Routing.Disputes;
using NodaTime;

namespace MailTriage.Routing.Sla;

/// <summary>
/// Computes every SLA clock of a dispute from its policy, its calendar, its history and an instant. Pure: same
/// inputs, same answer, no clock read; events after <c>now</c> are ignored so the past can be replayed exactly.
/// </summary>
/// <remarks>
/// Rules (what an AR manager reads in docs/ROUTING.md):
/// acknowledge runs from opening to the owner's first action (or a resolution by anyone);
/// respond starts at a customer message received after acknowledgement when none is already waiting, and stops at
/// the owner's next action; resolve runs from opening while the case is New, Assigned, InProgress or
/// AwaitingInternal, pauses while AwaitingCustomer, stops when resolved or closed and resumes on reopen.
/// Reassignment is not a stop: clocks belong to the case, not to the person.
/// </remarks>
public static class SlaEvaluator
{
    public static SlaEvaluation Evaluate(SlaPolicy policy, BusinessCalendar calendar, IReadOnlyList<DisputeEvent> events, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var history = events.Where(e => e.At <= now).OrderBy(e => e.Sequence).ToArray();
        if (history.Length == 0 || history[0].Kind != DisputeEventKind.Opened)
        {
            throw new ArgumentException("A dispute history starts with its Opened event (none at or before the evaluation instant).", nameof(events));
        }

        var opened = history[0];
        var acknowledge = new ClockSegments();
        var resolve = new ClockSegments();
        acknowledge.Start(opened.At);
        resolve.Start(opened.At);
        Instant? acknowledgedAt = null;
        var responses = new List<(ClockSegments Segments, Instant Started, Instant? Stopped)>();
        var state = opened.To;
        Instant? finishedAt = null;

        foreach (var e in history.Skip(1))
        {
            var wasFinished = IsFinished(state);
            state = e.To;
            if (IsFinished(state) != wasFinished)
            {
                finishedAt = IsFinished(state) ? e.At : null;
            }

            var answers = e.ByOwner || IsFinished(e.To);
            if (answers && acknowledgedAt is null)
            {
                acknowledgedAt = e.At;
                acknowledge.Stop(e.At);
            }

            if (answers && responses.Count > 0 && responses[^1].Stopped is null)
            {
                responses[^1].Segments.Stop(e.At);
                responses[^1] = responses[^1] with { Stopped = e.At };
            }

            // The oldest unanswered message sets the respond clock; before acknowledgement that clock covers it.
            var waiting = responses.Count > 0 && responses[^1].Stopped is null;
            if (e.Kind == DisputeEventKind.CustomerMessage && acknowledgedAt is not null && !waiting)
            {
                var segments = new ClockSegments();
                segments.Start(e.At);
                responses.Add((segments, e.At, null));
            }

            if (CountsTowardsResolution(e.To))
            {
                resolve.Start(e.At);
            }
            else
            {
                resolve.Stop(e.At);
            }
        }

        var resolveRun = CountsTowardsResolution(state) ? SlaClockRun.Running
            : state == DisputeState.AwaitingCustomer ? SlaClockRun.Paused
            : SlaClockRun.Stopped;

        return new SlaEvaluation
        {
            DisputeId = opened.DisputeId,
            AsOf = now,
            State = state,
            Acknowledge = Status(SlaClockKind.Acknowledge, acknowledge, opened.At, policy.AcknowledgeWithin, policy, calendar, now,
                acknowledgedAt is null ? SlaClockRun.Running : SlaClockRun.Stopped, acknowledgedAt),
            Resolve = Status(SlaClockKind.Resolve, resolve, opened.At, policy.ResolveWithin, policy, calendar, now, resolveRun, finishedAt),
            Responses = [.. responses.Select(r => Status(SlaClockKind.Respond, r.Segments, r.Started, policy.RespondWithin, policy, calendar, now,
                r.Stopped is null ? SlaClockRun.Running : SlaClockRun.Stopped, r.Stopped))],
        };
    }

    private static bool IsFinished(DisputeState state) => state.IsResolved() || state == DisputeState.Closed;

    private static bool CountsTowardsResolution(DisputeState state) =>
        state is DisputeState.New or DisputeState.Assigned or DisputeState.InProgress or DisputeState.AwaitingInternal;

    private static SlaClockStatus Status(
        SlaClockKind kind, ClockSegments segments, Instant startedAt, BusinessSpan within, SlaPolicy policy,
        BusinessCalendar calendar, Instant now, SlaClockRun run, Instant? stoppedAt)
    {
        var target = within.ToDuration(calendar);
        var dueAt = segments.WhenReaches(calendar, target);
        var warningAt = segments.WhenReaches(calendar, target * policy.WarningFraction);
        var asOf = stoppedAt ?? now;

        // Reaching the due instant exactly is still on time; one tick later is a breach.
        var phase = dueAt is { } due && due < asOf ? SlaPhase.Breached
            : warningAt is { } warn && warn <= asOf ? SlaPhase.Warning
            : SlaPhase.OnTrack;

        var milestones = new List<EscalationMilestone>(policy.Escalation.Count);
        for (var i = 0; i < policy.Escalation.Count; i++)
        {
            var step = policy.Escalation[i];
            var at = segments.WhenReaches(calendar, target + step.After.ToDuration(calendar));
            milestones.Add(new EscalationMilestone(i + 1, step, at, at is { } reached && reached < asOf));
        }

        return new SlaClockStatus
        {
            Kind = kind,
            StartedAt = startedAt,
            Target = target,
            Elapsed = segments.Elapsed(calendar, asOf),
            Run = run,
            StoppedAt = stoppedAt,
            WarningAt = warningAt,
            DueAt = dueAt,
            Phase = phase,
            Escalations = milestones,
        };
    }
}

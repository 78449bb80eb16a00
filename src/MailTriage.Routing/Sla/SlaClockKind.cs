namespace MailTriage.Routing.Sla;

public enum SlaClockKind
{
    /// <summary>Opening to the owner's first action.</summary>
    Acknowledge,

    /// <summary>A later customer message to the owner's next action.</summary>
    Respond,

    /// <summary>Opening to resolution, paused while waiting on the customer.</summary>
    Resolve,
}

/// <summary>Whether a clock is counting now.</summary>
public enum SlaClockRun
{
    Running,
    Paused,
    Stopped,
}

/// <summary>How a clock stands against its target.</summary>
public enum SlaPhase
{
    OnTrack,
    Warning,
    Breached,
}

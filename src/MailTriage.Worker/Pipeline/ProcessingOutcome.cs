namespace MailTriage.Worker.Pipeline;

public enum ProcessingOutcome
{
    Triaged,
    AlreadyDone,
    Deferred,
    Ignored,
    Quarantined,
    Failed,
    Parked,
}

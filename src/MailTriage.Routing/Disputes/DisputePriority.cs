namespace MailTriage.Routing.Disputes;

public enum DisputePriority
{
    Low,
    Normal,
    High,
    Urgent,
}

namespace MailTriage.Worker.Storage.Documents;

/// <summary>One assignment decision, kept for the workload report and the audit trail.</summary>
internal sealed class AssignmentDocument
{
    public long Id { get; set; }

    public string DisputeId { get; set; } = string.Empty;

    public string TeamId { get; set; } = string.Empty;

    public string OwnerEmail { get; set; } = string.Empty;

    public bool ManagerFallback { get; set; }

    public string Explanation { get; set; } = string.Empty;

    public long At { get; set; }
}

/// <summary>The round-robin cursor of one team.</summary>
internal sealed class RoundRobinDocument
{
    public string Id { get; set; } = string.Empty;

    public string LastAssigned { get; set; } = string.Empty;
}

/// <summary>A named sequence (dispute numbers).</summary>
internal sealed class CounterDocument
{
    public string Id { get; set; } = string.Empty;

    public long Value { get; set; }
}

/// <summary>A durable key → value pair (Graph deltaLinks, local-folder cursors).</summary>
internal sealed class KeyValueDocument
{
    public string Id { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}

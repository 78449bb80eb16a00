namespace MailTriage.Worker.Storage.Documents;

/// <summary>
/// One processed mail. The indexed fields are columns; the full record is kept as JSON so that fields the pipeline
/// adds later are stored without a schema change here.
/// </summary>
internal sealed class ProcessedMessageDocument
{
    /// <summary>"&lt;mailbox&gt;|&lt;immutable source id&gt;".</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>"&lt;mailbox&gt;|&lt;Internet Message-ID&gt;", null when the mail has none.</summary>
    public string? MessageKey { get; set; }

    public string MailboxId { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public long UpdatedAt { get; set; }

    public string Json { get; set; } = string.Empty;
}

/// <summary>A notification MailTriage has claimed (and, once sent, to whom), so none goes out twice.</summary>
internal sealed class NotificationDocument
{
    public string Id { get; set; } = string.Empty;

    public long ClaimedAt { get; set; }

    /// <summary>Lower-cased recipient address, set once the notification was sent.</summary>
    public string? Recipient { get; set; }

    public long? SentAt { get; set; }
}

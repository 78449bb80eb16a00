namespace MailTriage.Worker.Options;

public enum MailboxSourceKind
{
    /// <summary>A local directory of .eml files: the embedded default, no tenant needed.</summary>
    Local,

    /// <summary>A Microsoft 365 mailbox through Microsoft Graph.</summary>
    Graph,
}

/// <summary>One watched mailbox (an entry of the "Mailboxes" array).</summary>
public sealed class MailboxOptions
{
    /// <summary>Short stable name used in records and folder names, e.g. "disputes".</summary>
    public string Id { get; set; } = "";

    public MailboxSourceKind Source { get; set; } = MailboxSourceKind.Local;

    /// <summary>The mailbox's SMTP address: the sender of its notifications and the Graph user id.</summary>
    public string Address { get; set; } = "";

    /// <summary>Local source: the directory whose top-level .eml files are the inbox.</summary>
    public string? Path { get; set; }

    /// <summary>Graph source: folders to watch (well-known names or ids). Default: inbox.</summary>
    public List<string> Folders { get; set; } = ["inbox"];

    /// <summary>Business unit / region for the resolution matrix, e.g. "US", "MX", "ES".</summary>
    public string Region { get; set; } = "US";
}

/// <summary>Section "MailTriage": the mailboxes and the worker's own files.</summary>
public sealed class MailTriageOptions
{
    public const string Section = "MailTriage";

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>LiteDB file. Default data/mailtriage.db (relative to the working directory).</summary>
    public string DatabasePath { get; set; } = "data/mailtriage.db";

    /// <summary>Resolution matrix (YAML). Default config/resolution-matrix.yaml.</summary>
    public string MatrixPath { get; set; } = "config/resolution-matrix.yaml";

    /// <summary>Folder with intent.zip, dispute-reason.zip and model-card.json. Default: the repository's or the shipped models/.</summary>
    public string? ModelsPath { get; set; }

    /// <summary>Overrides the calibrated needs-review threshold from the model card.</summary>
    public float? IntentThreshold { get; set; }

    /// <summary>Local-mode outbox for notifications. Default data/outbox.</summary>
    public string OutboxPath { get; set; } = "data/outbox";

    /// <summary>How often every mailbox is polled (delta query or folder scan). Default 00:00:30.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often SLA reminders and escalations are evaluated. Default 00:05:00.</summary>
    public TimeSpan SlaSweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}

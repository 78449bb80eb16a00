namespace MailTriage.Worker.Dashboard;

/// <summary>How the dashboard is served and what it reads. Every default is safe for a laptop: loopback, no key.</summary>
public sealed class DashboardOptions
{
    /// <summary>Header a reverse proxy (or script) must send with the key when <see cref="ApiKey"/> is set.</summary>
    public const string ApiKeyHeader = "X-MailTriage-Key";

    /// <summary>Where Kestrel listens (default http://127.0.0.1:5080). Anything but loopback needs <see cref="ApiKey"/>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Shared secret required in <see cref="ApiKeyHeader"/> on every request; null = no key (loopback only).</summary>
    public string? ApiKey { get; set; }

    public required string DatabasePath { get; set; }

    public required string MatrixPath { get; set; }

    /// <summary>Root of local-folder mailboxes (&lt;root&gt;/&lt;mailbox id&gt;), to show original mail; null = stored facts only.</summary>
    public string? MailboxesPath { get; set; }
}

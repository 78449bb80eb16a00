namespace MailTriage.Worker.Graph;

/// <summary>How the worker authenticates to Microsoft Graph (<c>Graph:Auth</c>).</summary>
public enum GraphAuthMode
{
    /// <summary>Azure.Identity's <c>DefaultAzureCredential</c> chain (environment, workload identity, managed identity, developer tools).</summary>
    DefaultAzureCredential,

    /// <summary>App registration with <c>Graph:TenantId</c>, <c>Graph:ClientId</c>, <c>Graph:ClientSecret</c>.</summary>
    ClientSecret,

    /// <summary>App registration with a certificate file at <c>Graph:CertificatePath</c> (PFX or PEM).</summary>
    ClientCertificate,

    /// <summary>The host's managed identity; <c>Graph:ClientId</c> selects a user-assigned one.</summary>
    ManagedIdentity,

    /// <summary>Kubernetes workload identity (federated token file from the AZURE_* environment variables).</summary>
    WorkloadIdentity,

    /// <summary>No credentials at all; accepted only for a loopback <c>Graph:BaseUrl</c> (the test emulator).</summary>
    Emulator,
}

/// <summary>Which messages get the extra $batch GET for internet headers and attachments (<c>Graph:DetailFetch</c>).</summary>
public enum GraphDetailFetch
{
    /// <summary>Every new message: auto-reply and bounce detection then sees Auto-Submitted, Precedence etc. on all mail.</summary>
    All,

    /// <summary>
    /// Only messages with attachments or whose sender/subject look automated; saves up to 1/20 request per
    /// message but misses automatic replies with an ordinary subject.
    /// </summary>
    WhenSuggested,
}

/// <summary>Options of the Microsoft Graph mailbox source (section <c>Graph</c>). Every default is the value shown.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Graph root including the version segment; must end in <c>/v1.0</c> or <c>/beta</c>. Default: global cloud.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public GraphAuthMode Auth { get; set; } = GraphAuthMode.DefaultAzureCredential;

    public string? TenantId { get; set; }

    /// <summary>App (client) id; for <see cref="GraphAuthMode.ManagedIdentity"/> the user-assigned identity's client id.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary><c>Prefer: odata.maxpagesize</c> for delta pages (1–1000). Default 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Concurrent requests per mailbox (Exchange allows 4 per app per mailbox). Default 4.</summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Requests per mailbox per <see cref="RequestBudgetWindow"/> (Exchange allows 10,000 per 10 minutes). Default 10000.</summary>
    public int RequestBudget { get; set; } = 10_000;

    /// <summary>Default 00:10:00.</summary>
    public TimeSpan RequestBudgetWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries after 429/503/5xx/timeouts before an operation fails. Default 8.</summary>
    public int MaxRetries { get; set; } = 8;

    /// <summary>First back-off when the response carries no Retry-After; doubles per attempt. Default 00:00:02.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap on any single wait, Retry-After included. Default 00:02:00.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timeout of one HTTP request. Default 00:01:40.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Steps per JSON batch (Graph allows at most 20). Default 20.</summary>
    public int BatchSize { get; set; } = 20;

    public GraphDetailFetch DetailFetch { get; set; } = GraphDetailFetch.All;

    /// <summary>Attachments larger than this are left out of the message handed to triage. Default 10 MiB.</summary>
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// On a folder's first sync (and after a resync) only mail received within this window is read; unset reads the
    /// whole folder. Default unset.
    /// </summary>
    public TimeSpan? InitialSyncWindow { get; set; }
}

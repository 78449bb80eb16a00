using System.ComponentModel.DataAnnotations;

namespace MailTriage.Worker.Options;

/// <summary>Section "Pipeline": retries, size limits and outgoing-mail caps.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Failed attempts before a message is parked for review. Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; doubles per attempt. Default 00:01:00.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages larger than this are quarantined unread. Default 35 MB, Exchange Online's own default limit.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxMessageBytes { get; set; } = 35L * 1024 * 1024;

    /// <summary>Notifications to one address per <see cref="OutgoingWindow"/> before the bot stops writing to it (loop guard). Default 20.</summary>
    [Range(1, 10_000)]
    public int MaxNotificationsPerRecipient { get; set; } = 20;

    /// <summary>Default 01:00:00.</summary>
    public TimeSpan OutgoingWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Base URL of the dashboard for case links in task mail; none when unset.</summary>
    public string? CaseLinkBase { get; set; }
}

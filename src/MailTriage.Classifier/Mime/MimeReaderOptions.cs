namespace MailTriage.Classifier.Mime;

/// <summary>Limits that keep one hostile or broken message from costing more than an ordinary one.</summary>
public sealed record MimeReaderOptions
{
    /// <summary>Largest raw message accepted (default 64 MiB); larger input is refused, not parsed.</summary>
    public long MaxMessageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Decoded bytes read from each body part (default 2 MiB); the rest is dropped and flagged.</summary>
    public int MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest attachment kept (default 10 MiB); larger ones are skipped and flagged.</summary>
    public int MaxAttachmentBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Deepest multipart nesting walked (default 32); real mail rarely goes past 5.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most attachments kept per message (default 50).</summary>
    public int MaxAttachments { get; init; } = 50;

    public static MimeReaderOptions Default { get; } = new();
}

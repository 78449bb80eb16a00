using MailTriage.Classifier.Attachments;

namespace MailTriage.Classifier.Normalisation;

/// <summary>Caps for the normaliser; the defaults suit an AR mailbox.</summary>
public sealed record NormaliserOptions
{
    /// <summary>Characters of body text processed (default 2,000,000); the rest is dropped and flagged.</summary>
    public int MaxBodyChars { get; init; } = 2_000_000;

    public AttachmentLimits Attachments { get; init; } = AttachmentLimits.Default;

    public static NormaliserOptions Default { get; } = new();
}

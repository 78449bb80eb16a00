namespace MailTriage.GraphEmulator.Mail;

/// <summary>A message accepted by <c>sendMail</c>, as the emulator recorded it (custom headers included).</summary>
public sealed record SentMail
{
    public required string FromMailbox { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public required IReadOnlyList<string> Cc { get; init; }
    public required string Subject { get; init; }
    public required string BodyContentType { get; init; }
    public required string Body { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }
    public required string InternetMessageId { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public bool SavedToSentItems { get; init; }
}

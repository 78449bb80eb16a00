using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Triage;

/// <summary>Turns a raw message into what the models and extractors read (newest text, language, automatic-mail kind).</summary>
public interface IMessageNormaliser
{
    NormalisedMessage Normalise(MailMessageInput input);
}

/// <summary>Pulls invoices, POs, amounts, promise dates and remittance lines from the newest message, by intent.</summary>
public interface IEntityExtractor
{
    ExtractionResult Extract(NormalisedMessage message, string intentLabel);
}

/// <summary>Parses RFC 5322 / MIME bytes; bad input yields an error reason, never an exception.</summary>
public interface IMimeReader
{
    MimeReadResult Read(Stream mime);
}

public sealed record MimeReadResult(MailMessageInput? Message, string? Error)
{
    public bool Succeeded => Message is not null;
}

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


/// <summary>The production normaliser: MimeKit/HtmlAgilityPack output to newest text, language and automatic-mail kind.</summary>
public sealed class DefaultMessageNormaliser : IMessageNormaliser
{
    public NormalisedMessage Normalise(MailMessageInput input) => Normalisation.MessageNormaliser.Normalise(input);
}

/// <summary>The production extractor: rule-based, culture-aware entity extraction per intent.</summary>
public sealed class DefaultEntityExtractor : IEntityExtractor
{
    public ExtractionResult Extract(NormalisedMessage message, string intentLabel) => EntityExtractor.Extract(message, intentLabel);
}

using MailTriage.Classifier.Extraction.Scanning;
using MailTriage.Classifier.Intent;
using MailTriage.Classifier.Messages;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// Reads the AR fields from the newest message, applying the per-label rules: remittance attachments (CSV,
/// XLSX) count only for remittance advice; the promise date only for payment promises; remittance lines and
/// the payment total only for remittance advice. The text is scanned once and shared by every field.
/// </summary>
public static class EntityExtractor
{
    public static ExtractionResult Extract(NormalisedMessage message, string intentLabel)
    {
        var remittance = intentLabel == IntentLabels.RemittanceAdvice;
        var text = ScannedText.Build(message.NewestText, remittance ? message.AttachmentTables : []);

        var references = DocumentReferenceClassifier.Classify(text);
        var currencies = CurrencyResolver.Build(text, message.Language, message.From);
        var amounts = AmountExtractor.Find(text, currencies);

        var lines = remittance ? RemittanceLineExtractor.Extract(text, references, amounts) : [];
        return new ExtractionResult
        {
            InvoiceNumbers = InvoiceNumberExtractor.Extract(references),
            PoNumbers = PoNumberExtractor.Extract(references),
            Amounts = AmountExtractor.Distinct(amounts),
            PromiseDate = intentLabel == IntentLabels.PaymentPromise
                ? PromiseDateExtractor.Extract(text, message.Date, message.Language)
                : null,
            RemittanceLines = lines,
            PaymentTotal = remittance ? PaymentTotalExtractor.Extract(text, lines, amounts) : null,
        };
    }
}

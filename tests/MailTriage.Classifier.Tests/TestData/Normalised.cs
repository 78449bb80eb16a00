using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Normalisation;

namespace MailTriage.Classifier.Tests.TestData;

/// <summary>Short-cuts from newest-message text to an extraction result.</summary>
internal static class Normalised
{
    public static readonly DateTimeOffset Tuesday10Nov = new(2026, 11, 10, 9, 30, 0, TimeSpan.FromHours(-6));

    public static NormalisedMessage Message(string newest, string? language = null, DateTimeOffset? date = null,
        string from = "ap@customer.example", IReadOnlyList<AttachmentTable>? tables = null) => new()
    {
        NewestText = newest,
        Language = language ?? LanguageDetector.Detect(newest),
        Date = date ?? Tuesday10Nov,
        From = from,
        AttachmentTables = tables ?? [],
        AttachmentRows = (tables ?? []).SelectMany(t => t.Rows).ToList(),
    };

    public static ExtractionResult Extract(string newest, string label = "other", string? language = null,
        DateTimeOffset? date = null, string from = "ap@customer.example", IReadOnlyList<AttachmentTable>? tables = null) =>
        EntityExtractor.Extract(Message(newest, language, date, from, tables), label);

    public static List<string> Amounts(ExtractionResult r) =>
        r.Amounts.Select(m => m.ValueText + " " + (m.Currency ?? "null")).ToList();
}

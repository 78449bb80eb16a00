namespace MailTriage.Classifier.Extraction;

/// <summary>What an identifier in the text turned out to be.</summary>
internal enum DocumentKind
{
    None,
    Invoice,
    Po,
}

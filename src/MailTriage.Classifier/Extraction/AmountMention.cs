using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>An amount found in the text, with where it was found (remittance lines and totals need the place).</summary>
internal sealed record AmountMention(Money Money, Token Token, ScannedLine Line, int Position);

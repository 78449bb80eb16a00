namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>Cuts scanned lines into sentences at sentence-end tokens; a sentence never spans two lines.</summary>
internal static class SentenceSplitter
{
    public static IEnumerable<List<Token>> Split(ScannedText text, bool includeAttachments = true)
    {
        foreach (var line in text.Lines)
        {
            if (!includeAttachments && line.FromAttachment)
            {
                continue;
            }

            var current = new List<Token>();
            foreach (var t in line.Tokens)
            {
                if (t.Kind == TokenKind.SentenceEnd)
                {
                    if (current.Count > 0)
                    {
                        yield return current;
                    }

                    current = [];
                    continue;
                }

                current.Add(t);
            }

            if (current.Count > 0)
            {
                yield return current;
            }
        }
    }
}

using System.Collections.Frozen;

namespace MailTriage.Classifier.Normalisation;

/// <summary>
/// English or Spanish, from function words and Spanish-only characters. Function words survive typos and
/// missing accents ("relacion", "todavia"), and a one-line reply still has a few of them.
/// </summary>
public static class LanguageDetector
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>Words looked at per text; enough for a verdict, cheap for a 2 MB body.</summary>
    private const int MaxWords = 400;

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.ToFrozenSet(
    [
        "the", "and", "to", "of", "is", "are", "we", "you", "for", "on", "in", "this", "that", "please", "thanks",
        "thank", "will", "be", "have", "has", "with", "our", "your", "it", "not", "as", "by", "at", "from", "was",
        "were", "would", "can", "could", "let", "know", "hi", "hello", "dear", "regards", "attached", "below",
        "which", "there", "been", "i", "me", "my", "invoice", "invoices", "payment", "paid", "sent", "team", "us",
        "if", "an", "do", "any", "all", "they", "their", "what", "when", "should", "received", "account", "best",
        "kind", "sorry", "today", "tomorrow", "week", "out", "office", "per", "amount", "due", "but", "so", "just",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpanishWords = FrozenSet.ToFrozenSet(
    [
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "para", "con", "se", "un", "una", "su",
        "sus", "es", "son", "al", "lo", "le", "les", "nos", "hola", "gracias", "saludos", "favor", "factura",
        "facturas", "pago", "pagos", "buenos", "buenas", "dias", "días", "tardes", "estimado", "estimados",
        "adjunto", "este", "esta", "está", "ya", "pero", "como", "más", "mas", "muy", "también", "tambien",
        "quedo", "cuenta", "usted", "ustedes", "están", "estan", "hemos", "han", "ha", "hay", "nuestra", "nuestro",
        "ustedes", "atentamente", "cordiales", "saludo", "importe", "transferencia", "mes", "semana", "hoy",
        "mañana", "pendiente", "solicitamos", "podrían", "podrian", "envío", "envio", "día", "dia", "fecha",
    ], StringComparer.Ordinal);

    /// <summary>Returns "en" or "es"; <paramref name="fallback"/> (e.g. the subject) decides when the text has no signal.</summary>
    public static string Detect(string text, string? fallback = null)
    {
        var (en, es) = Score(text);
        if (en == 0 && es == 0 && !string.IsNullOrEmpty(fallback))
        {
            (en, es) = Score(fallback);
        }

        return es > en ? Spanish : English;
    }

    private static (int En, int Es) Score(string text)
    {
        int en = 0, es = 0, words = 0;
        var span = text.AsSpan();
        var i = 0;
        Span<char> buffer = stackalloc char[24];
        while (i < span.Length && words < MaxWords)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                es += span[i] is '¿' or '¡' ? 2 : 0;
                i++;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                es += span[i] is 'ñ' or 'Ñ' ? 1 : 0;
                i++;
            }

            var length = i - start;
            if (length == 0 || length > buffer.Length)
            {
                continue;
            }

            words++;
            var lower = buffer[..length];
            span.Slice(start, length).ToLowerInvariant(lower);
            var word = lower.ToString();
            en += EnglishWords.Contains(word) ? 1 : 0;
            es += SpanishWords.Contains(word) ? 1 : 0;
        }

        return (en, es);
    }
}

using MailTriage.Classifier.Normalisation;

namespace MailTriage.Classifier.Tests.Normalisation;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Hi Sam, we sent the payment for the invoice today. Thanks!", "en")]
    [InlineData("sending the wire first thing tomorrow", "en")]
    [InlineData("Buenos días, les adjunto el comprobante de la transferencia.", "es")]
    [InlineData("ya quedo la relacion, todavia falta una factura por revisar", "es")]
    [InlineData("¿Nos pueden mandar el estado de cuenta?", "es")]
    [InlineData("Saludos, gracias", "es")]
    [InlineData("ok", "en")]
    public void Detect_ShortAndAccentlessTexts_ReturnsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_NoSignal_UsesFallback()
    {
        Assert.Equal("es", LanguageDetector.Detect("A-10234 $1,000.00", fallback: "Pago de la factura"));
    }

    [Fact]
    public void Detect_EnglishWithPortugueseSignOff_StaysEnglish()
    {
        Assert.Equal("en", LanguageDetector.Detect("Please move the cash to the right entity and tell me when done. Obrigado,"));
    }
}

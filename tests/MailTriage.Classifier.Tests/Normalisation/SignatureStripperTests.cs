using MailTriage.Classifier.Normalisation;

namespace MailTriage.Classifier.Tests.Normalisation;

public sealed class SignatureStripperTests
{
    [Theory]
    [InlineData("Thanks,")]
    [InlineData("Regards,")]
    [InlineData("Kind regards,")]
    [InlineData("Thanks & Regards,")]
    [InlineData("Saludos,")]
    [InlineData("Un saludo,")]
    [InlineData("Saludos cordiales,")]
    [InlineData("Atentamente,")]
    [InlineData("Gracias!")]
    public void Strip_ClosingFollowedBySignatureBlock_DropsTheBlock(string closing)
    {
        var text = $"Payment goes out Friday.\n\n{closing}\nMorgan Lee\nAP Specialist | Buyer Corp\nTel. +1 (555) 010-2233\n12 Harbor Road, Suite 4";

        var stripped = SignatureStripper.Strip(text);

        Assert.DoesNotContain("Morgan Lee", stripped);
        Assert.DoesNotContain("555", stripped);
        Assert.StartsWith("Payment goes out Friday.", stripped);
    }

    [Fact]
    public void Strip_LongTextAfterClosing_IsKept()
    {
        const string text = "Hi,\n\nThanks,\nAlso, regarding the second invoice we discussed on the phone yesterday, the amount still does not match what our system shows, please check.\nAnd another long line that is clearly message content and not part of anybody's signature block at all.";

        Assert.Contains("regarding the second invoice", SignatureStripper.Strip(text));
    }

    [Fact]
    public void Strip_MoneyAfterClosing_IsKept()
    {
        const string text = "See table.\n\nThanks,\nJo\nP.S. the credit is $120.00";

        Assert.Contains("$120.00", SignatureStripper.Strip(text));
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Enviado desde mi iPhone")]
    [InlineData("Get Outlook for iOS")]
    [InlineData("Sent from my Samsung Galaxy smartphone.")]
    public void Strip_MobileFooter_IsRemoved(string footer)
    {
        Assert.Equal("will wire tomorrow", SignatureStripper.Strip($"will wire tomorrow\n\n{footer}"));
    }

    [Fact]
    public void Strip_DashDashDelimiter_CutsSignature()
    {
        Assert.Equal("Paid.", SignatureStripper.Strip("Paid.\n-- \nJo Smith\n+1 555 0100"));
    }

    [Theory]
    [InlineData("CONFIDENTIALITY NOTICE: The contents of this message are private to the named recipient.")]
    [InlineData("DISCLAIMER: Nothing in this message creates a binding obligation.")]
    [InlineData("This email is confidential and intended only for its addressee.")]
    [InlineData("Este mensaje y sus anexos pueden contener información reservada.")]
    [InlineData("Este correo electrónico puede incluir datos confidenciales.")]
    [InlineData("AVISO LEGAL: Tratamos sus datos conforme al RGPD.")]
    [InlineData("En cumplimiento de la normativa de protección de datos, sus datos se tratan con fines comerciales.")]
    public void Strip_Disclaimer_IsRemoved(string disclaimer)
    {
        var text = $"Adjunto el comprobante por 1.500,00 €.\n\n{disclaimer} Otro texto legal con cifras 2016/679 y 3/2018.";

        var stripped = SignatureStripper.Strip(text);

        Assert.Equal("Adjunto el comprobante por 1.500,00 €.", stripped);
    }

    [Fact]
    public void Strip_DisclaimerAfterRule_RemovesTheRuleToo()
    {
        var stripped = SignatureStripper.Strip("Paid.\n\n-----------------------------\nDISCLAIMER: private.");

        Assert.Equal("Paid.", stripped);
    }

    [Fact]
    public void Strip_ExternalSenderBanner_IsRemovedFromTheTop()
    {
        var stripped = SignatureStripper.Strip("CAUTION: This email originated from outside of the organization.\n\nWe paid INV-1.");

        Assert.Equal("We paid INV-1.", stripped);
    }
}

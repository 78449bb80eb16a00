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
    [InlineData("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee.")]
    [InlineData("DISCLAIMER: The information contained in this electronic message is confidential.")]
    [InlineData("This email and any files transmitted with it are confidential and intended solely for the addressee.")]
    [InlineData("Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.")]
    [InlineData("Este correo electrónico y sus anexos son confidenciales.")]
    [InlineData("AVISO LEGAL: De conformidad con el Reglamento (UE) 2016/679 (RGPD) le informamos que sus datos personales...")]
    [InlineData("En cumplimiento de la normativa de protección de datos, le informamos de que sus datos forman parte de un fichero.")]
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

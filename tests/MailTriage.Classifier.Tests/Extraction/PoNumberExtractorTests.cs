using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class PoNumberExtractorTests
{
    [Theory]
    [InlineData("Attached is PO 4700555120 for the renewal.", "4700555120")]
    [InlineData("PO# 2027-0913 for the support block.", "2027-0913")]
    [InlineData("Our PO No. KHL/FIN/PO/2026/0342 was extended.", "KHL/FIN/PO/2026/0342")]
    [InlineData("Purchase Order #PO-61478 has been changed.", "PO-61478")]
    [InlineData("Se amplió la OC 4500771203 ayer.", "4500771203")]
    [InlineData("Les enviamos la orden de compra OC-2026-1932.", "OC-2026-1932")]
    [InlineData("Adjunto el pedido nº P27-00119.", "P27-00119")]
    [InlineData("En el pedido P27-00388 pedimos 50 unidades.", "P27-00388")]
    [InlineData("Shipment for PO 61-04422 arrived damaged.", "61-04422")]
    [InlineData("Ordered on our PO QRT-PO-55810.", "QRT-PO-55810")]
    [InlineData("Purchase Order:\t8830417", "8830417")]
    public void Extract_PoForms_KeepsTheNumberWithoutLabel(string text, string expected)
    {
        Assert.Equal([expected], Extract(text).PoNumbers);
    }

    [Fact]
    public void Extract_PoLabelReachesPastAnInvoice()
    {
        var r = Extract("Buyer finally sent the PO for INV-2026-80872: KL-27-00412.");

        Assert.Equal(["KL-27-00412"], r.PoNumbers);
        Assert.Equal(["INV-2026-80872"], r.InvoiceNumbers);
    }

    [Theory]
    [InlineData("Please send it to PO Box 61720.")]
    [InlineData("Every invoice needs a PO number (ten digits, starting 47).")]
    [InlineData("Sales order 55231 shipped.")]
    public void Extract_AddressAndDescriptions_AreNotPos(string text)
    {
        Assert.Empty(Extract(text).PoNumbers);
    }

    [Fact]
    public void Extract_PoRepeated_IsListedOnce()
    {
        Assert.Equal(["8815530"], Extract("Invoice exceeds PO 8815530; PO 8815530 has $2,900.00 left.").PoNumbers);
    }
}

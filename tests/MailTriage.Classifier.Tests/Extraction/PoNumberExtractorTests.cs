using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class PoNumberExtractorTests
{
    [Theory]
    [InlineData("Attached is PO 4500921407 for the renewal.", "4500921407")]
    [InlineData("PO# 2026-0441 for the support block.", "2026-0441")]
    [InlineData("Our PO No. AHS/IT/PO/2026/1187 was extended.", "AHS/IT/PO/2026/1187")]
    [InlineData("Purchase Order #PO-90231 has been changed.", "PO-90231")]
    [InlineData("Se amplió la OC 4500129871 ayer.", "4500129871")]
    [InlineData("Les enviamos la orden de compra OC-2026-0487.", "OC-2026-0487")]
    [InlineData("Adjunto el pedido nº P26-00874.", "P26-00874")]
    [InlineData("En el pedido P26-00612 pedimos 50 unidades.", "P26-00612")]
    [InlineData("Shipment for PO 55-01877 arrived damaged.", "55-01877")]
    [InlineData("Ordered on our PO BYA-PO-30412.", "BYA-PO-30412")]
    [InlineData("Purchase Order:\t7710045", "7710045")]
    public void Extract_PoForms_KeepsTheNumberWithoutLabel(string text, string expected)
    {
        Assert.Equal([expected], Extract(text).PoNumbers);
    }

    [Fact]
    public void Extract_PoLabelReachesPastAnInvoice()
    {
        var r = Extract("Got the PO from the buyer for INV-2026-80872: TT-26-00918.");

        Assert.Equal(["TT-26-00918"], r.PoNumbers);
        Assert.Equal(["INV-2026-80872"], r.InvoiceNumbers);
    }

    [Theory]
    [InlineData("Please send it to PO Box 84410.")]
    [InlineData("All invoices must show a PO number (10 digits, beginning with 45).")]
    [InlineData("Sales order 55231 shipped.")]
    public void Extract_AddressAndDescriptions_AreNotPos(string text)
    {
        Assert.Empty(Extract(text).PoNumbers);
    }

    [Fact]
    public void Extract_PoRepeated_IsListedOnce()
    {
        Assert.Equal(["7709811"], Extract("Invoice exceeds PO 7709811; PO 7709811 has $3,200.00 left.").PoNumbers);
    }
}

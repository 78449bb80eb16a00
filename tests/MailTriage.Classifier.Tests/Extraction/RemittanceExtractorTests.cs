using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Messages;
using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class RemittanceExtractorTests
{
    private const string Remittance = "remittance_advice";

    private static List<string> Lines(ExtractionResult r) =>
        r.RemittanceLines.Select(l => l.Invoice + "=" + l.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string? Total(ExtractionResult r) => r.PaymentTotal is { } t ? t.ValueText + " " + t.Currency : null;

    [Fact]
    public void Extract_TableWithPaidColumn_UsesPaidAfterDeduction()
    {
        const string text = "We sent an ACH today. We deducted $50.00 on SI-000201 for freight.\n\n" +
            "Invoice\tInvoice Amt\tPaid\tDeduction\tReason\nSI-000201\t1,050.00\t1,000.00\t50.00\tFreight\nSI-000202\t300.00\t300.00\t\t\n\nTotal paid\t$1,300.00";

        var r = Extract(text, Remittance);

        Assert.Equal(["SI-000201=1000.00", "SI-000202=300.00"], Lines(r));
        Assert.Equal("1300.00 USD", Total(r));
    }

    [Fact]
    public void Extract_SpanishTableWithDeduction_UsesPagadoColumn()
    {
        const string text = "Le informamos el siguiente pago por SPEI.\n\nFactura\tFecha\tImporte\tDeducción\tPagado\tConcepto\n" +
            "A20301\t18/09/2026\t$10,000.00\t$500.00\t$9,500.00\tPenalización 5% (OC 4500339999)\nA20315\t25/09/2026\t$2,000.00\t\t$2,000.00\n\nTotal pagado MXN\t$11,500.00";

        var r = Extract(text, Remittance, "es");

        Assert.Equal(["A20301=9500.00", "A20315=2000.00"], Lines(r));
        Assert.Equal("11500.00 MXN", Total(r));
        Assert.Equal(["4500339999"], r.PoNumbers);
    }

    [Fact]
    public void Extract_ListLines_PairInvoiceWithItsAmount()
    {
        const string text = "Remittance of USD 3,500.00 sent today for:\n\n1) SI-000301 dated 15-Sep-2026 - USD 2,000.00\n2) SI-000302 dated 22-Sep-2026 - USD 1,500.00";

        var r = Extract(text, Remittance);

        Assert.Equal(["SI-000301=2000.00", "SI-000302=1500.00"], Lines(r));
        Assert.Equal("3500.00 USD", Total(r));
    }

    [Fact]
    public void Extract_DotLeaderLines_PairInvoiceWithItsAmount()
    {
        const string text = "Transferencia emitida hoy, 1.500,00 € en total:\n\n* FE27/000301 ...... 1.000,00 €\n* FE27/000302 ...... 500,00 €";

        var r = Extract(text, Remittance, "es");

        Assert.Equal(["FE27/000301=1000.00", "FE27/000302=500.00"], Lines(r));
        Assert.Equal("1500.00 EUR", Total(r));
    }

    [Fact]
    public void Extract_CsvAttachment_GivesLinesAndTotalRow()
    {
        var table = new AttachmentTable("pagos.csv",
        [
            ["Factura", "Fecha factura", "Importe pagado", "Moneda"],
            ["A-30377", "02/10/2026", "1000.00", "MXN"],
            ["A-30389", "09/10/2026", "250.50", "MXN"],
            ["Total", "", "1250.50", "MXN"],
        ]);

        var r = Extract("Te adjunto la relación de lo pagado hoy.", Remittance, "es", tables: [table]);

        Assert.Equal(["A-30377=1000.00", "A-30389=250.50"], Lines(r));
        Assert.Equal("1250.50 MXN", Total(r));
        Assert.Equal(["1000.00 MXN", "250.50 MXN", "1250.50 MXN"], Amounts(r));
    }

    [Fact]
    public void Extract_CsvWithDiscountColumn_UsesAmountPaid()
    {
        var table = new AttachmentTable("r.csv",
        [
            ["Invoice #", "Invoice Date", "PO #", "Invoice Total", "Discount Taken", "Amount Paid"],
            ["SI-000880", "10/02/2026", "PO-77123", "1000.00", "20.00", "980.00"],
            ["SI-000902", "10/06/2026", "PO-77123", "500.00", "", "500.00"],
        ]);

        var r = Extract("Payment amount 1,480.00 USD was initiated.", Remittance, tables: [table]);

        Assert.Equal(["SI-000880=980.00", "SI-000902=500.00"], Lines(r));
        Assert.Equal("1480.00 USD", Total(r));
        Assert.Equal(["PO-77123"], r.PoNumbers);
    }

    [Fact]
    public void Extract_SingleInvoicePaidInProse_IsOneLineAndTheTotal()
    {
        var r = Extract("Paid SI-000409 ($980.00) online by card a minute ago. The other one is still in approval.", Remittance);

        Assert.Equal(["SI-000409=980.00"], Lines(r));
        Assert.Equal("980.00 USD", Total(r));
    }

    [Fact]
    public void Extract_AmountBeforeInvoiceInProse_IsPaired()
    {
        var r = Extract("ACH went out 10/14 (trace 041000129988776): $4,780.00 for invoice SI-000129. SI-000188 is not due yet.", Remittance);

        Assert.Equal(["SI-000129=4780.00"], Lines(r));
        Assert.Equal("4780.00 USD", Total(r));
    }

    [Fact]
    public void Extract_CheckCoveringSeveralInvoicesWithoutAmounts_HasTotalOnly()
    {
        var r = Extract("Mailed check #30817 for $1,412.50 this afternoon. Covers invoice 30981 and the last bit of 30874.", Remittance);

        Assert.Empty(r.RemittanceLines);
        Assert.Equal("1412.50 USD", Total(r));
        Assert.Equal(["30981", "30874"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_BankNotification_ReadsReferenceColumnAndTotal()
    {
        const string text = "Amount credited\t$2,000.00\nTrace\t061000555123409\n\nReference (RMR)\tReference Date\tAmount Paid\n9100230001\t08/28/2026\t$1,200.00\n9100230002\t09/03/2026\t$800.00\nTotal\t$2,000.00";

        var r = Extract(text, Remittance);

        Assert.Equal(["9100230001=1200.00", "9100230002=800.00"], Lines(r));
        Assert.Equal("2000.00 USD", Total(r));
    }

    [Fact]
    public void Extract_SeveralPairsInOneSentence_PairWithinTheirClause()
    {
        var r = Extract("We paid by wire today: $3,000.00 for SI-000711, $1,500.00 for SI-000715. Total $4,500.00.", Remittance);

        Assert.Equal(["SI-000711=3000.00", "SI-000715=1500.00"], Lines(r));
        Assert.Equal("4500.00 USD", Total(r));
    }

    [Fact]
    public void Extract_DeductionInProseWithoutTable_IsNotALine()
    {
        var r = Extract("We paid today but deducted $50.00 on SI-000555 for damaged units.", Remittance);

        Assert.Empty(r.RemittanceLines);
    }

    [Fact]
    public void Extract_NonRemittanceLabel_HasNoLinesOrTotal()
    {
        var r = Extract("Invoice\tPaid\nSI-000701\t100.00\nSI-000702\t200.00\nTotal\t300.00", "tie_off_request");

        Assert.Empty(r.RemittanceLines);
        Assert.Null(r.PaymentTotal);
    }
}

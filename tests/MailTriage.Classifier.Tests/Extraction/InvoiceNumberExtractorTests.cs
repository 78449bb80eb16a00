using MailTriage.Classifier.Messages;
using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class InvoiceNumberExtractorTests
{
    [Theory]
    [InlineData("Please resend INV-104233.", "INV-104233")]
    [InlineData("Invoice 90012345 is wrong.", "90012345")]
    [InlineData("La factura FV-2024-00781 tiene un error.", "FV-2024-00781")]
    [InlineData("We paid SI-000451 in full.", "SI-000451")]
    [InlineData("Ref INV/2026/0045 attached.", "INV/2026/0045")]
    [InlineData("Please apply CM-2291 to the balance.", "CM-2291")]
    [InlineData("Les enviamos el pago de la A-20877.", "A-20877")]
    [InlineData("Adjuntamos la factura FE27/000315.", "FE27/000315")]
    [InlineData("Aplicar la nota de crédito NC-0457.", "NC-0457")]
    [InlineData("La A20455 ya está pagada.", "A20455")]
    [InlineData("Inv# 55120 is short-paid.", "55120")]
    [InlineData("Invoice No. 7741 was rejected.", "7741")]
    [InlineData("Factura nº 20417 pendiente.", "20417")]
    [InlineData("Credit note 88101 was issued.", "88101")]
    [InlineData("We will net your invoice VND-7781 against ours.", "VND-7781")]
    public void Extract_InvoiceForms_KeepsTheNumberAsWritten(string text, string expected)
    {
        Assert.Equal([expected], Extract(text).InvoiceNumbers);
    }

    [Fact]
    public void Extract_LabelledList_TakesEveryNumber()
    {
        var r = Extract("Las facturas FE27/000511, FE27/000529 y FE27/000544 están incluidas.");

        Assert.Equal(["FE27/000511", "FE27/000529", "FE27/000544"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_BareNumbersAfterOneLabel_AreInvoices()
    {
        var r = Extract("Inv 20388 and 20391 will be in this week's check run.");

        Assert.Equal(["20388", "20391"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_ShorthandOfListedInvoice_IsNotAddedTwice()
    {
        var r = Extract("The payment landed on INV-2026-20741 but should go to INV-2026-20758. Please move it from 20741 to invoice 20758.");

        Assert.Equal(["INV-2026-20741", "INV-2026-20758"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_SameSeriesUnlabelled_IsAnInvoiceByShape()
    {
        var r = Extract("Pagamos la factura A-30001. La A-30002 queda pendiente.");

        Assert.Equal(["A-30001", "A-30002"], r.InvoiceNumbers);
    }

    [Theory]
    [InlineData("Mailed check #51122 for the balance.")]
    [InlineData("Sent by ACH, trace 041000129988776.")]
    [InlineData("UTR 551234998877 for your reference.")]
    [InlineData("Clave de rastreo: 2026111740022QRST0000998877665")]
    [InlineData("Payment document 0009912233 was posted.")]
    [InlineData("Your request was logged as case HD-553901.")]
    [InlineData("Ticket 884120 is open.")]
    [InlineData("Please issue an RMA 44120 for the units.")]
    [InlineData("Move it to our account #300871.")]
    [InlineData("Our customer # 300412 is on hold.")]
    [InlineData("Call me at 415-555-0172.")]
    [InlineData("Mail it to PO Box 61720, Austin TX 78701.")]
    [InlineData("Confirmation number was PMT-9Q2L77A.")]
    [InlineData("Remitido vía SWIFT ref. TXSW27110934561.")]
    [InlineData("Según la cotización COT-MX-7710 del mes pasado.")]
    [InlineData("The gateway model FX-4000 failed.")]
    [InlineData("Due on 2026-10-30 per terms.")]
    public void Extract_PaymentCaseAccountPhoneAndDateNumbers_AreNotInvoices(string text)
    {
        Assert.Empty(Extract(text).InvoiceNumbers);
    }

    [Fact]
    public void Extract_PoNumber_IsNotAnInvoice()
    {
        var r = Extract("Invoice SI-000900 references PO 4700318855.");

        Assert.Equal(["SI-000900"], r.InvoiceNumbers);
        Assert.Equal(["4700318855"], r.PoNumbers);
    }

    [Fact]
    public void Extract_YearAfterInvoiceLabel_IsNotAnInvoice()
    {
        Assert.Empty(Extract("The invoice for 2026 has not arrived.").InvoiceNumbers);
    }

    [Fact]
    public void Extract_InvoiceColumnOfTable_TakesBareNumbers()
    {
        const string text = "Write-offs:\n\nCustomer\tInvoice\tResidual (USD)\nAlpha Co\t9300441177\t0.93\nBeta LLC\tINV-2026-50046\t1.00";

        Assert.Equal(["9300441177", "INV-2026-50046"], Extract(text).InvoiceNumbers);
    }

    [Fact]
    public void Extract_WireReferenceColumn_IsNotAnInvoice()
    {
        const string text = "Value date\tWire reference\tInvoice\tAmount\n11/02/2026\tFT2719900452\tINV-2026-60491\t$17,340.00";

        Assert.Equal(["INV-2026-60491"], Extract(text).InvoiceNumbers);
    }

    [Fact]
    public void Extract_RemittanceReferenceColumn_IsTheInvoice()
    {
        const string text = "Reference (RMR)\tReference Date\tAmount Paid\n9300117452\t08/28/2026\t$8,615.00";

        Assert.Equal(["9300117452"], Extract(text, label: "remittance_advice").InvoiceNumbers);
    }

    [Fact]
    public void Extract_KeyValueRow_UsesTheLabelCell()
    {
        const string text = "Invoice #\tINV-2026-70993\nPO #\tPO-61478\nPayment #\tPAY-2027-220418";

        var r = Extract(text);

        Assert.Equal(["INV-2026-70993"], r.InvoiceNumbers);
        Assert.Equal(["PO-61478"], r.PoNumbers);
    }

    [Fact]
    public void Extract_OrderOfFirstAppearance_IsKept()
    {
        var r = Extract("Apply CM-2027-0113 to INV-2027-30215, then INV-2027-30200.");

        Assert.Equal(["CM-2027-0113", "INV-2027-30215", "INV-2027-30200"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_CsvAttachmentForRemittance_AddsItsInvoicesAfterTheText()
    {
        var table = new AttachmentTable("r.csv", [["Supplier", "Pay Ref", "Invoice No", "Net Paid"], ["310552", "0009955001", "SI-000101", "10.00"]]);

        var r = Extract("La SI-000100 no va en este pago.", label: "remittance_advice", tables: [table]);

        Assert.Equal(["SI-000100", "SI-000101"], r.InvoiceNumbers);
    }

    [Fact]
    public void Extract_CsvAttachmentForOtherLabels_IsIgnored()
    {
        var table = new AttachmentTable("r.csv", [["Invoice", "Amount"], ["SI-1", "10.00"]]);

        Assert.Empty(Extract("See attached.", label: "dispute", tables: [table]).InvoiceNumbers);
    }
}

using MailTriage.Classifier.Extraction;
using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Normalisation;
using MailTriage.Classifier.Tests.TestData;

namespace MailTriage.Classifier.Tests.Extraction;

/// <summary>From raw .eml to extracted fields: the path the CLI and the worker take.</summary>
public sealed class EntityExtractorTests
{
    private static ExtractionResult FromEml(string eml, string label)
    {
        var read = new MimeMessageReader().Read(Eml.Stream(eml));
        Assert.True(read.IsSuccess, read.ErrorReason);
        return EntityExtractor.Extract(MessageNormaliser.Normalise(read.Message!), label);
    }

    [Fact]
    public void Extract_EnglishReplyOverQuotedStatement_IgnoresQuotedNumbers()
    {
        const string body = "Hi Dana,\n\nApproval came through for INV-2026-40788 ($2,350.00); it is in next Tuesday's ACH batch.\n\nChris\nAP Coordinator\n(555) 010-4400\n\n" +
            "From: Dana Reyes <dreyes@seller.example>\nSent: Tuesday, October 27, 2026 9:48 AM\nTo: Chris <chris@buyer.example>\nSubject: Past due\n\n" +
            "INV-2026-40599   $12,800.00   due 10/23/2026\nINV-2026-40788    $2,350.00   due 10/25/2026";
        var eml = Eml.Plain(body, subject: "RE: Past due", date: "Thu, 29 Oct 2026 13:25:50 -0500", encoding: "8bit");

        var r = FromEml(eml, "payment_promise");

        Assert.Equal(["INV-2026-40788"], r.InvoiceNumbers);
        Assert.Equal([new Money(2350.00m, "USD")], r.Amounts);
        Assert.Equal(new DateOnly(2026, 11, 3), r.PromiseDate);
        Assert.Empty(r.RemittanceLines);
        Assert.Null(r.PaymentTotal);
    }

    [Fact]
    public void Extract_SpanishPromiseWithGmailQuote_UsesOnlyTheReply()
    {
        const string body = "Buenas tardes Laura,\n\nLas facturas A-50421 y A-50433 quedaron liberadas y salen a pago el próximo viernes, en total $41,000.00.\n\nSaludos,\nGil\nTel. 55 5555 0101\n\n" +
            "El jue, 5 nov 2026 a las 10:00, Laura Paz (<lpaz@vendedor.example>) escribió:\n> Saldo vencido A-50400 $9,999.00";
        var eml = Eml.Plain(body, subject: "Pago facturas", date: "Fri, 06 Nov 2026 16:50:02 -0600");

        var r = FromEml(eml, "payment_promise");

        Assert.Equal(["A-50421", "A-50433"], r.InvoiceNumbers);
        Assert.Equal([new Money(41000m, "MXN")], r.Amounts);
        Assert.Equal(new DateOnly(2026, 11, 13), r.PromiseDate);
    }

    [Fact]
    public void Extract_HtmlRemittanceWithTable_ReadsLinesFromTheHtml()
    {
        const string eml = "From: AP <ap@buyer.example>\r\nTo: cash@seller.example\r\nSubject: Remittance\r\nDate: Fri, 23 Oct 2026 15:18:02 -0500\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n" +
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe sent an ACH today for the invoices SI-000801 and SI-000802. Total 1,750.00 for both, see HTML for details. Thanks\r\n" +
            "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>We sent an ACH today.</p><table><tr><th>Invoice</th><th>Amount Paid</th></tr>" +
            "<tr><td>SI-000801</td><td>1,000.00</td></tr><tr><td>SI-000802</td><td>750.00</td></tr><tr><td><b>Total</b></td><td><b>$1,750.00</b></td></tr></table>\r\n--b--\r\n";

        var r = FromEml(eml, "remittance_advice");

        Assert.Equal(["SI-000801", "SI-000802"], r.InvoiceNumbers);
        Assert.Equal([new RemittanceLine("SI-000801", 1000m), new RemittanceLine("SI-000802", 750m)], r.RemittanceLines);
        Assert.Equal(new Money(1750m, "USD"), r.PaymentTotal);
    }

    [Fact]
    public void Extract_SpanishDisputeWithDisclaimer_SkipsSignatureAndLegalText()
    {
        const string body = "Buenos días,\n\nNos facturan 185,00 € de transporte en la FE27/009033, pero el pedido P27-9204 (4.760,00 €) supera el mínimo de 3.000,00 € para envío gratuito.\n\n" +
            "Reciban un cordial saludo,\n\nMarta\nCtra. de Logroño, km 4\nTel. 941 55 50 18\n\n" +
            "Este mensaje es confidencial y va dirigido solo a quien figura como destinatario. Referencia 2016/679 y 99.999,00 €.";
        var eml = Eml.Plain(body, subject: "Portes", date: "Mon, 16 Nov 2026 11:20:06 +0100");

        var r = FromEml(eml, "dispute");

        Assert.Equal(["FE27/009033"], r.InvoiceNumbers);
        Assert.Equal(["P27-9204"], r.PoNumbers);
        Assert.Equal([new Money(185m, "EUR"), new Money(4760m, "EUR"), new Money(3000m, "EUR")], r.Amounts);
    }

    [Fact]
    public void Extract_CsvRemittanceAttachment_CountsForRemittanceAdvice()
    {
        const string eml = "From: AP <ap.payments@buyer.example>\r\nTo: cash@seller.example\r\nSubject: Remittance Advice\r\nDate: Wed, 14 Oct 2026 16:42:10 -0400\r\n" +
            "Auto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n" +
            "--m\r\nContent-Type: text/plain\r\n\r\nRemittance total: USD 1,750.25\r\n" +
            "--m\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"REMIT.csv\"\r\n\r\n" +
            "Supplier ID,Pay Ref,Invoice No,Gross,Net Paid,Curr\r\n310552,0008800001,INV-2026-90233,1000.00,1000.00,USD\r\n310552,0008800001,INV-2026-90291,750.25,750.25,USD\r\n--m--\r\n";

        var r = FromEml(eml, "remittance_advice");

        Assert.Equal(["INV-2026-90233", "INV-2026-90291"], r.InvoiceNumbers);
        Assert.Equal(2, r.RemittanceLines.Count);
        Assert.Equal(new Money(1750.25m, "USD"), r.PaymentTotal);
        Assert.Equal([new Money(1750.25m, "USD"), new Money(1000m, "USD"), new Money(750.25m, "USD")], r.Amounts);
    }

    [Fact]
    public void Extract_ThankYouOverQuotedThread_IsEmpty()
    {
        const string body = "Great, that works for us. Cheers\n\nNik\n\nFrom: Dana <d@seller.example>\nSent: Tuesday, October 27, 2026 4:10 PM\nTo: n@buyer.example\n\nCredit CM-2026-9057 of $2,460.00 now sits against INV-2026-90790.";
        var r = FromEml(Eml.Plain(body), "other");

        Assert.Empty(r.InvoiceNumbers);
        Assert.Empty(r.Amounts);
    }

    [Fact]
    public void Extract_EmptyNewestText_ReturnsEmptyResult()
    {
        var r = EntityExtractor.Extract(new MailTriage.Classifier.Messages.NormalisedMessage(), "remittance_advice");

        Assert.Empty(r.InvoiceNumbers);
        Assert.Empty(r.Amounts);
        Assert.Null(r.PaymentTotal);
    }

    [Fact]
    public void Extract_TwoMegabytesOfText_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("Invoice SI-000123 for $1,000.00 due 10/10/2026; check #2211 sent. ", 30_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var r = EntityExtractor.Extract(TestData.Normalised.Message(text), "remittance_advice");

        Assert.Equal(["SI-000123"], r.InvoiceNumbers);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}

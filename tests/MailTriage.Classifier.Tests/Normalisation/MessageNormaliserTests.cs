using System.Text;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Normalisation;
using MailTriage.Classifier.Tests.TestData;

namespace MailTriage.Classifier.Tests.Normalisation;

public sealed class MessageNormaliserTests
{
    [Fact]
    public void Normalise_PlainReply_SplitsNewestFromHistoryAndDetectsLanguage()
    {
        var message = new MailMessageInput
        {
            Subject = " RE: Factura pendiente ",
            TextBody = "Hola, se paga el viernes.\r\n\r\nSaludos\r\nMarta\r\n\r\nDe: Cobranza <c@v.example>\r\nEnviado el: lunes, 2 de noviembre de 2026 9:00\r\nPara: m@c.example\r\n\r\nFactura FE26/000001 por 10,00 €",
            Date = Normalised.Tuesday10Nov,
            From = "m@c.example",
        };

        var n = MessageNormaliser.Normalise(message);

        Assert.Equal("RE: Factura pendiente", n.Subject);
        Assert.Equal("Hola, se paga el viernes.\n\nSaludos", n.NewestText);
        Assert.Contains("FE26/000001", n.QuotedText);
        Assert.Equal("es", n.Language);
        Assert.Equal(BodySource.Plain, n.BodySource);
        Assert.Equal(Normalised.Tuesday10Nov, n.Date);
    }

    [Fact]
    public void Normalise_HtmlOnly_ConvertsHtml()
    {
        var message = new MailMessageInput { HtmlBody = "<p>Invoice <b>SI-000451</b> approved.</p>" };

        var n = MessageNormaliser.Normalise(message);

        Assert.Equal("Invoice SI-000451 approved.", n.NewestText);
        Assert.Equal(BodySource.Html, n.BodySource);
    }

    [Fact]
    public void Normalise_PlainPartWithoutTheHtmlTable_PrefersHtml()
    {
        var message = new MailMessageInput
        {
            TextBody = "Please find the payment details below. Invoice SI-1 paid 100.00 Invoice SI-2 paid 200.00 Total 300.00",
            HtmlBody = "<p>Please find the payment details below.</p><table><tr><td>Invoice</td><td>Paid</td></tr><tr><td>SI-1</td><td>100.00</td></tr><tr><td>SI-2</td><td>200.00</td></tr></table>",
        };

        var n = MessageNormaliser.Normalise(message);

        Assert.Equal(BodySource.Html, n.BodySource);
        Assert.Contains("SI-1\t100.00", n.NewestText);
    }

    [Fact]
    public void Normalise_PlainPartThatKeepsTheTable_PrefersPlain()
    {
        var message = new MailMessageInput
        {
            TextBody = "Details below.\n\nInvoice\tPaid\nSI-1\t100.00\nSI-2\t200.00",
            HtmlBody = "<table><tr><td>Invoice</td><td>Paid</td></tr><tr><td>SI-1</td><td>100.00</td></tr><tr><td>SI-2</td><td>200.00</td></tr></table>",
        };

        Assert.Equal(BodySource.Plain, MessageNormaliser.Normalise(message).BodySource);
    }

    [Fact]
    public void Normalise_StubPlainPart_PrefersHtml()
    {
        var message = new MailMessageInput { TextBody = "View in browser", HtmlBody = "<p>Your payment of $1,275.00 was sent to Seller Inc. today.</p>" };

        Assert.Equal(BodySource.Html, MessageNormaliser.Normalise(message).BodySource);
    }

    [Fact]
    public void Normalise_NoBreakAndZeroWidthSpaces_AreCleaned()
    {
        var message = new MailMessageInput { TextBody = "Paid\u00A0INV-\u200B2026-1\u00A0today   \r\n\r\n\r\n\r\nBye" };

        Assert.Equal("Paid INV-2026-1 today\n\nBye", MessageNormaliser.Normalise(message).NewestText);
    }

    [Fact]
    public void Normalise_BodyOverCap_IsTruncatedAndFlagged()
    {
        var message = new MailMessageInput { TextBody = new string('a', 5000) };

        var n = MessageNormaliser.Normalise(message, new NormaliserOptions { MaxBodyChars = 1000 });

        Assert.True(n.BodyTruncated);
        Assert.True(n.NewestText.Length <= 1000);
    }

    [Fact]
    public void Normalise_CsvAndXlsxAttachments_BecomeTables()
    {
        var csv = Encoding.UTF8.GetBytes("Invoice;Importe pagado\nA-501;1.234,56\n");
        var xlsx = XlsxBuilder.Build([["Invoice", "Paid"], ["SI-9", 12.5]]);
        var message = new MailMessageInput
        {
            TextBody = "Adjunto relación.",
            Attachments =
            [
                new MailAttachment("pagos.csv", "text/csv", csv),
                new MailAttachment("remit.xlsx", "application/octet-stream", xlsx),
                new MailAttachment("scan.pdf", "application/pdf", new byte[] { 1, 2, 3 }),
            ],
        };

        var n = MessageNormaliser.Normalise(message);

        Assert.Equal(2, n.AttachmentTables.Count);
        Assert.Equal(["A-501", "1.234,56"], n.AttachmentTables[0].Rows[1]);
        Assert.Equal(["SI-9", "12.5"], n.AttachmentTables[1].Rows[1]);
        Assert.Equal(4, n.AttachmentRows.Count);
        Assert.Contains("A-501\t1.234,56", n.AttachmentText);
    }

    [Fact]
    public void Normalise_MessageFromMimeReader_EndToEndKeepsAutomaticFlag()
    {
        var eml = Eml.Plain("Your invoice has been approved.", extraHeaders: "Auto-Submitted: auto-generated\r\n");
        var read = new MimeMessageReader().Read(Eml.Stream(eml));

        var n = MessageNormaliser.Normalise(read.Message!);

        Assert.Equal(AutomaticKind.AutoGenerated, n.Automatic.Kind);
        Assert.Equal("ap@tester.example", n.From);
    }

    [Fact]
    public void Normalise_EmptyMessage_ReturnsEmptyTexts()
    {
        var n = MessageNormaliser.Normalise(new MailMessageInput());

        Assert.Equal("", n.NewestText);
        Assert.Equal(BodySource.None, n.BodySource);
        Assert.Equal("en", n.Language);
    }
}

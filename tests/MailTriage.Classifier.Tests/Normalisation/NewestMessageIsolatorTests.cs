using MailTriage.Classifier.Normalisation;

namespace MailTriage.Classifier.Tests.Normalisation;

public sealed class NewestMessageIsolatorTests
{
    [Fact]
    public void Split_OutlookHeaderBlock_CutsAtFrom()
    {
        const string body = "We will pay on Friday.\n\nFrom: Kim Ortega <kortega@seller.example>\nSent: Monday, November 9, 2026 8:00 AM\nTo: ap@buyer.example\nSubject: Past due\n\nInvoice SI-000777 for $4,000.00 is past due.";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("We will pay on Friday.", split.Newest);
        Assert.StartsWith("From: Kim Ortega", split.Quoted);
        Assert.Contains("SI-000777", split.Quoted);
    }

    [Fact]
    public void Split_UnderscoreRuleBeforeHeader_CutsAtTheRule()
    {
        const string body = "Done, applied.\n\n________________________________\nFrom: Lee <lee@seller.example>\nSent: Friday, October 2, 2026 1:00 PM\nTo: ap@buyer.example\n\nOld text $10.00";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("Done, applied.", split.Newest);
        Assert.StartsWith("________", split.Quoted);
    }

    [Fact]
    public void Split_HtmlRenderedHeaderWithBlankLines_IsRecognised()
    {
        const string body = "Short reply.\n\nFrom: Billing <billing@seller.example>\n\nSent: Friday, October 2, 2026 7:15 AM\n\nTo: ap@buyer.example\n\nOld $5.00";

        Assert.Equal("Short reply.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_SpanishOutlookHeader_CutsAtDe()
    {
        const string body = "Queda programado.\n\nDe: Ana Ruiz <aruiz@vendedor.example>\nEnviado el: miércoles, 4 de noviembre de 2026 10:05\nPara: pagos@comprador.example\nAsunto: Recordatorio\n\nFactura FE26/009999 vencida.";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("Queda programado.", split.Newest);
        Assert.Contains("FE26/009999", split.Quoted);
    }

    [Fact]
    public void Split_SpanishEnviadoWithoutEl_CutsAtDe()
    {
        const string body = "Listo.\n\nDe: Ana <a@v.example>\nEnviado: viernes, 20 de noviembre de 2026 12:30 p. m.\nPara: b@c.example";

        Assert.Equal("Listo.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_SingleLineOutlookMobileHeader_CutsAtFrom()
    {
        const string body = "OK thanks\n\nFrom: Kim <k@s.example> Sent: Monday, November 9, 2026 8:00 AM To: ap@b.example Subject: x\nold";

        Assert.Equal("OK thanks", NewestMessageIsolator.Split(body).Newest);
    }

    [Theory]
    [InlineData("-----Original Message-----")]
    [InlineData("----- Original Message -----")]
    [InlineData("-----Mensaje original-----")]
    [InlineData("---------- Forwarded message ---------")]
    [InlineData("---------- Mensaje reenviado ---------")]
    [InlineData("Begin forwarded message:")]
    [InlineData("Inicio del mensaje reenviado:")]
    public void Split_SeparatorBanner_CutsAtBanner(string banner)
    {
        var body = $"Please see below, FYI.\n\n{banner}\nFrom: x@y.example\nOld body with INV-123";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("Please see below, FYI.", split.Newest);
        Assert.StartsWith(banner.Trim(), split.Quoted);
    }

    [Fact]
    public void Split_GmailAttribution_CutsAtOnWrote()
    {
        const string body = "Paid today.\n\nOn Thu, Nov 5, 2026 at 8:40 AM Jo Smith <jo@seller.example> wrote:\n> Invoice 12345 is due.";

        Assert.Equal("Paid today.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_GmailAttributionWrappedOverTwoLines_CutsAtOn()
    {
        const string body = "Paid today.\n\nOn Thu, Nov 5, 2026 at 8:40 AM Jo Smith <\njo@seller.example> wrote:\n\nInvoice 12345 is due.";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("Paid today.", split.Newest);
        Assert.Contains("12345", split.Quoted);
    }

    [Fact]
    public void Split_SpanishGmailAttribution_CutsAtElEscribio()
    {
        const string body = "Gracias, ya quedó.\n\nEl lun, 9 nov 2026 a las 17:45, Luisa Paz (<lpaz@vendedor.example>) escribió:\n> Saldo $1,000.00";

        Assert.Equal("Gracias, ya quedó.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_QuotedLinesWithoutAttribution_CutAtFirstQuote()
    {
        const string body = "Agreed.\n> Can you confirm the $300.00 credit?\n> Thanks";

        Assert.Equal("Agreed.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_BottomPostedReply_TakesTextUnderTheQuote()
    {
        const string body = "> When will INV-55 be paid?\n> Thanks\n\nIt goes out next Monday.";

        var split = NewestMessageIsolator.Split(body);

        Assert.Equal("It goes out next Monday.", split.Newest);
        Assert.Contains("INV-55", split.Quoted);
    }

    [Fact]
    public void Split_InternalForward_NewestIsOnlyTheForwardersNote()
    {
        const string body = "AR team - see below, customer disputes the freight.\n\nThanks,\nRobin\n\n-----Original Message-----\nFrom: buyer@b.example\nSent: Monday, November 2, 2026 9:00 AM\n\nWe will not pay INV-2026-55555 ($880.00).";

        var split = NewestMessageIsolator.Split(body);

        Assert.DoesNotContain("INV-2026-55555", split.Newest);
        Assert.StartsWith("AR team - see below", split.Newest);
    }

    [Fact]
    public void Split_NoHistory_ReturnsWholeBodyAndEmptyQuote()
    {
        var split = NewestMessageIsolator.Split("Just one line.");

        Assert.Equal("Just one line.", split.Newest);
        Assert.Equal("", split.Quoted);
    }

    [Fact]
    public void Split_FromLineWithoutSentLine_IsNotAHeader()
    {
        const string body = "From: the warehouse team we heard the pallets arrived.\nPlease pay INV-4 now.";

        Assert.Contains("Please pay INV-4 now.", NewestMessageIsolator.Split(body).Newest);
    }

    [Fact]
    public void Split_EmptyBody_ReturnsEmpty()
    {
        Assert.Equal(new IsolatedMessage("", ""), NewestMessageIsolator.Split(""));
    }
}

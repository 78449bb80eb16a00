using System.Diagnostics;
using System.Text;
using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Tests.TestData;

namespace MailTriage.Classifier.Tests.Mime;

public sealed class MimeMessageReaderTests
{
    private readonly MimeMessageReader _reader = new();

    [Fact]
    public void Read_PlainUtf8Message_MapsHeadersAndBody()
    {
        var eml = Eml.Plain("Hola, adjunto el pago de la factura.", subject: "Pago recibido",
            extraHeaders: "Cc: cobranza@seller.example\r\nIn-Reply-To: <a1@seller.example>\r\nReferences: <a0@seller.example> <a1@seller.example>\r\n");

        var result = _reader.Read(Eml.Stream(eml));

        Assert.True(result.IsSuccess);
        var m = result.Message!;
        Assert.Equal("Pago recibido", m.Subject);
        Assert.Equal("ap@tester.example", m.From);
        Assert.Equal("Pat Tester", m.FromName);
        Assert.Equal(["ar@seller.example"], m.To);
        Assert.Equal(["cobranza@seller.example"], m.Cc);
        Assert.Equal("t1@tester.example", m.MessageId);
        Assert.Equal("a1@seller.example", m.InReplyTo);
        Assert.Equal(["a0@seller.example", "a1@seller.example"], m.References);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.FromHours(-6)), m.Date);
        Assert.Equal("text/plain", m.TopLevelContentType);
        Assert.Contains("adjunto el pago", m.TextBody);
        Assert.Equal("Pago recibido", m.Header("subject"));
    }

    [Fact]
    public void Read_QuotedPrintableUtf8_DecodesAccents()
    {
        var eml = Eml.Plain("Le comparto la relaci=C3=B3n de pagos, ma=C3=B1ana confirmo.", encoding: "quoted-printable");

        var result = _reader.Read(Eml.Stream(eml));

        Assert.Contains("relación de pagos, mañana", result.Message!.TextBody);
        Assert.Equal(MimeReadIssues.None, result.Issues);
    }

    [Fact]
    public void Read_Base64Latin1Body_DecodesWithDeclaredCharset()
    {
        var body = Convert.ToBase64String(Encoding.Latin1.GetBytes("Factura n\u00ba 4411, a\u00f1o fiscal"));
        var eml = Eml.Plain(body, charset: "iso-8859-1", encoding: "base64");

        var result = _reader.Read(Eml.Stream(eml));

        Assert.Equal("Factura nº 4411, año fiscal", result.Message!.TextBody!.Trim());
    }

    [Fact]
    public void Read_Latin1BytesLabelledUtf8_FallsBackToWindows1252AndFlagsIt()
    {
        var head = Encoding.ASCII.GetBytes(Eml.Plain("PLACEHOLDER").Replace("PLACEHOLDER\r\n", "", StringComparison.Ordinal));
        var body = Encoding.Latin1.GetBytes("Env\u00edo de la factura pendiente\r\n");
        var result = _reader.Read(Eml.Stream([.. head, .. body]));

        Assert.True(result.IsSuccess);
        Assert.Contains("Envío de la factura", result.Message!.TextBody);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.CharsetFallback));
    }

    [Fact]
    public void Read_Utf8BytesLabelledLatin1_DecodesAsUtf8InsteadOfMojibake()
    {
        var head = Encoding.ASCII.GetBytes(Eml.Plain("PLACEHOLDER", charset: "iso-8859-1").Replace("PLACEHOLDER\r\n", "", StringComparison.Ordinal));
        var body = Encoding.UTF8.GetBytes("Aplicación del anticipo\r\n");

        var result = _reader.Read(Eml.Stream([.. head, .. body]));

        Assert.Contains("Aplicación del anticipo", result.Message!.TextBody);
        Assert.DoesNotContain("Ã", result.Message!.TextBody);
    }

    [Fact]
    public void Read_UnknownCharsetName_FallsBackAndStillReadsText()
    {
        var eml = Eml.Plain("Payment sent today for invoice 5531.", charset: "x-made-up-charset");

        var result = _reader.Read(Eml.Stream(eml));

        Assert.True(result.IsSuccess);
        Assert.Contains("invoice 5531", result.Message!.TextBody);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.CharsetFallback));
    }

    [Fact]
    public void Read_MultipartAlternativeWithRelatedImageAndCsv_SplitsBodiesAndAttachments()
    {
        const string eml = "From: ap@buyer.example\r\nTo: ar@seller.example\r\nSubject: Remittance\r\nDate: Wed, 04 Nov 2026 10:00:00 +0000\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
            "--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" +
            "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPaid INV-77 today.\r\n" +
            "--alt\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n" +
            "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Paid <b>INV-77</b> today.</p><img src=\"cid:logo\">\r\n" +
            "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n\r\niVBORw0KGgo=\r\n" +
            "--rel--\r\n--alt--\r\n" +
            "--outer\r\nContent-Type: text/csv; charset=utf-8\r\nContent-Disposition: attachment; filename=\"remit.csv\"\r\n\r\nInvoice,Paid\r\nINV-77,100.00\r\n" +
            "--outer--\r\n";

        var result = _reader.Read(Eml.Stream(eml));

        var m = result.Message!;
        Assert.Equal("multipart/mixed", m.TopLevelContentType);
        Assert.Equal("Paid INV-77 today.", m.TextBody!.Trim());
        Assert.Contains("<b>INV-77</b>", m.HtmlBody);
        Assert.Equal(["logo.png", "remit.csv"], m.Attachments.Select(a => a.FileName));
        Assert.Equal("text/csv", m.Attachments[1].ContentType);
        Assert.Contains("INV-77,100.00", Encoding.UTF8.GetString(m.Attachments[1].Content.Span));
        Assert.Equal(MimeReadIssues.None, result.Issues);
    }

    [Fact]
    public void Read_DeliveryReport_KeepsReportTypeAndOriginalAsAttachment()
    {
        const string eml = "From: MAILER-DAEMON@mx.seller.example\r\nTo: ar@seller.example\r\nSubject: Undeliverable: Statement\r\n" +
            "Date: Wed, 04 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
            "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
            "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.seller.example\r\n\r\nFinal-Recipient: rfc822; nobody@buyer.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
            "--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: ar@seller.example\r\nSubject: Statement\r\n\r\nBalance due $1,200.00\r\n" +
            "--b--\r\n";

        var result = _reader.Read(Eml.Stream(eml));

        var m = result.Message!;
        Assert.Equal("multipart/report", m.TopLevelContentType);
        Assert.Contains("could not be delivered", m.TextBody);
        Assert.DoesNotContain("1,200.00", m.TextBody);
        Assert.Contains(m.Attachments, a => a.ContentType == "message/rfc822");
    }

    [Fact]
    public void Read_EmptyStream_ReturnsEmptyError()
    {
        var result = _reader.Read(new MemoryStream());

        Assert.False(result.IsSuccess);
        Assert.Equal(MimeReadError.Empty, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorReason));
    }

    [Fact]
    public void Read_HeadersWithoutSubjectOrBody_ReturnsEmptyError()
    {
        var result = _reader.Read(Eml.Stream("From: someone@buyer.example\r\nTo: ar@seller.example\r\n\r\n"));

        Assert.Equal(MimeReadError.Empty, result.Error);
    }

    [Fact]
    public void Read_NonSeekableEmptyStream_ReturnsEmptyError()
    {
        using var pipe = new NonSeekable(new MemoryStream());

        var result = _reader.Read(pipe);

        Assert.False(result.IsSuccess);
        Assert.Equal(MimeReadError.Empty, result.Error);
    }

    [Fact]
    public void Read_MultipartCutBeforeFirstPart_ReturnsTruncatedError()
    {
        const string eml = "From: ap@buyer.example\r\nSubject: Remittance\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n";

        var result = _reader.Read(Eml.Stream(eml));

        Assert.False(result.IsSuccess);
        Assert.Equal(MimeReadError.Truncated, result.Error);
        Assert.Contains("ends inside", result.ErrorReason);
    }

    [Fact]
    public void Read_MultipartCutInsideAttachment_KeepsBodyAndFlagsTruncation()
    {
        const string eml = "From: ap@buyer.example\r\nSubject: Remittance\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n" +
            "--zz\r\nContent-Type: text/plain\r\n\r\nWe paid INV-3001 for $2,000.00.\r\n" +
            "--zz\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVu";

        var result = _reader.Read(Eml.Stream(eml));

        Assert.True(result.IsSuccess);
        Assert.Contains("INV-3001", result.Message!.TextBody);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.StructureTruncated));
    }

    [Fact]
    public void Read_BinaryGarbage_ReturnsAnErrorWithoutThrowing()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = _reader.Read(Eml.Stream(bytes));

        Assert.True(!result.IsSuccess || result.Message is not null);
    }

    [Fact]
    public void Read_TwentyMegabyteBody_TruncatesToCapQuickly()
    {
        var body = new StringBuilder(20 * 1024 * 1024 + 100);
        while (body.Length < 20 * 1024 * 1024)
        {
            body.Append("Invoice INV-1 line of a very long statement body\r\n");
        }

        var eml = Eml.Plain(body.ToString());
        var watch = Stopwatch.StartNew();

        var result = _reader.Read(Eml.Stream(eml));

        watch.Stop();
        Assert.True(result.IsSuccess);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.BodyTruncated));
        Assert.True(result.Message!.TextBody!.Length <= MimeReaderOptions.Default.MaxBodyBytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Read_MessageOverSizeLimit_ReturnsTooLarge()
    {
        var reader = new MimeMessageReader(new MimeReaderOptions { MaxMessageBytes = 1000 });

        var result = reader.Read(Eml.Stream(Eml.Plain(new string('x', 5000))));

        Assert.Equal(MimeReadError.TooLarge, result.Error);
    }

    [Fact]
    public void Read_NonSeekableMessageOverSizeLimit_ReturnsTooLarge()
    {
        var reader = new MimeMessageReader(new MimeReaderOptions { MaxMessageBytes = 1000 });
        using var pipe = new NonSeekable(Eml.Stream(Eml.Plain(new string('x', 5000))));

        var result = reader.Read(pipe);

        Assert.Equal(MimeReadError.TooLarge, result.Error);
    }

    [Fact]
    public void Read_ThousandNestedMultiparts_StopsAtDepthCapWithoutCrashing()
    {
        var sb = new StringBuilder("From: ap@buyer.example\r\nSubject: Nested\r\nMIME-Version: 1.0\r\n");
        const int depth = 1000;
        for (var i = 0; i < depth; i++)
        {
            sb.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }

        sb.Append("Content-Type: text/plain\r\n\r\ndeep text\r\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append($"--b{i}--\r\n");
        }

        var result = _reader.Read(Eml.Stream(sb.ToString()));

        Assert.True(result.IsSuccess);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.DepthLimitReached));
    }

    [Fact]
    public void Read_AttachmentOverCap_IsSkippedAndFlagged()
    {
        var reader = new MimeMessageReader(new MimeReaderOptions { MaxAttachmentBytes = 10 });
        const string eml = "From: ap@buyer.example\r\nSubject: Remit\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"q\"\r\n\r\n" +
            "--q\r\nContent-Type: text/plain\r\n\r\nSee file.\r\n--q\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"r.csv\"\r\n\r\nInvoice,Paid\r\nA-1,10.00\r\n--q--\r\n";

        var result = reader.Read(Eml.Stream(eml));

        Assert.Empty(result.Message!.Attachments);
        Assert.True(result.Issues.HasFlag(MimeReadIssues.AttachmentSkipped));
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

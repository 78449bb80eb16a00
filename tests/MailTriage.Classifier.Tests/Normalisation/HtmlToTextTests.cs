using System.Diagnostics;
using System.Text;
using MailTriage.Classifier.Normalisation;

namespace MailTriage.Classifier.Tests.Normalisation;

public sealed class HtmlToTextTests
{
    [Fact]
    public void Convert_DataTable_OneLinePerRowWithTabs()
    {
        const string html = "<table><tr><th>Invoice</th><th>Paid</th></tr><tr><td><p class=MsoNormal>SI-000451</p></td><td><p>1,050.00</p></td></tr>" +
            "<tr><td colspan=\"1\">SI-000452</td><td>2,100.00</td></tr></table>";

        var text = HtmlToText.Convert(html);

        Assert.Equal("Invoice\tPaid\nSI-000451\t1,050.00\nSI-000452\t2,100.00", text);
    }

    [Fact]
    public void Convert_ColspanCell_KeepsLaterCellsUnderTheirHeader()
    {
        const string html = "<table><tr><td>A</td><td>B</td><td>C</td></tr><tr><td colspan=\"2\">Total</td><td>9.00</td></tr></table>";

        var text = HtmlToText.Convert(html);

        Assert.EndsWith("Total\t\t9.00", text);
    }

    [Fact]
    public void Convert_SingleCellLayoutTable_KeepsParagraphsOnTheirOwnLines()
    {
        const string html = "<table><tr><td><p>Hello team,</p><p>Payment sent.</p></td></tr></table>";

        Assert.Equal("Hello team,\nPayment sent.", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_BlocksAndBreaks_BecomeNewLines()
    {
        const string html = "<div>Line one<br>Line two</div><p>Para</p><ul><li>first</li><li>second</li></ul>";

        Assert.Equal("Line one\nLine two\nPara\n- first\n- second", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_StyleScriptHeadAndImages_AreDropped()
    {
        const string html = "<html><head><title>T</title><style>p{color:red}</style></head><body><script>alert(1)</script>" +
            "<p>Visible<img src=\"https://track.example/p.gif\" width=\"1\" height=\"1\" alt=\"pixel\"></p></body></html>";

        Assert.Equal("Visible", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_HiddenPreheader_IsDropped()
    {
        const string html = "<div style=\"display: none; max-height:0\">Preview text $999.00</div><p>Real content</p>";

        Assert.Equal("Real content", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_Entities_AreDecodedAndWhitespaceCollapsed()
    {
        const string html = "<p>Caf&eacute; &amp; Co &#8211;   pago&nbsp;de&nbsp;&#36;1,000.00\n   hoy</p>";

        Assert.Equal("Café & Co – pago de $1,000.00 hoy", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_Blockquote_PrefixesQuotedLines()
    {
        const string html = "<p>Thanks!</p><blockquote><p>Original question</p></blockquote>";

        Assert.Equal("Thanks!\n> Original question", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_BrokenHtml_StillYieldsText()
    {
        const string html = "<p>Unclosed <b>bold <table><tr><td>INV-9<td>5.00</p></div></span><p>After";

        var text = HtmlToText.Convert(html);

        Assert.Contains("INV-9\t5.00", text);
        Assert.Contains("After", text);
    }

    [Fact]
    public void Convert_TenThousandNestedElements_DoesNotOverflowTheStack()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("deep invoice INV-10000");
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("</div>");
        }

        var watch = Stopwatch.StartNew();
        var text = HtmlToText.Convert(sb.ToString());

        Assert.Equal("deep invoice INV-10000", text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Convert_TenThousandUnclosedNestedElements_DoesNotOverflowTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<span><b>", 10_000)) + "end";

        Assert.Equal("end", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_HundredThousandUnclosedElements_FlattensInLinearTime()
    {
        var html = "<style>p{}</style>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) +
            "<table><tr><td>SI-1</td><td>5.00</td></tr></table><script>var x = 1;</script>tail &amp; end";
        var watch = Stopwatch.StartNew();

        var text = HtmlToText.Convert(html);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains("SI-1\t5.00", text);
        Assert.Contains("tail & end", text);
        Assert.DoesNotContain("var x", text);
        Assert.DoesNotContain("p{}", text);
    }

    [Fact]
    public void Convert_MillionOpeningBracketsWithoutClose_ReturnsQuickly()
    {
        var html = "<div>start</div>" + new string('<', 1_000_000);
        var watch = Stopwatch.StartNew();

        var text = HtmlToText.Convert(html);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.StartsWith("start", text);
    }

    [Fact]
    public void Convert_MaxChars_StopsEarly()
    {
        var html = string.Concat(Enumerable.Repeat("<p>0123456789</p>", 10_000));

        Assert.True(HtmlToText.Convert(html, maxChars: 1000).Length <= 1100);
    }

    [Fact]
    public void Convert_EmptyInput_ReturnsEmpty()
    {
        Assert.Equal("", HtmlToText.Convert("   "));
    }
}

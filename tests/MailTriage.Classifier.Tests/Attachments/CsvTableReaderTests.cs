using System.Text;
using MailTriage.Classifier.Attachments;

namespace MailTriage.Classifier.Tests.Attachments;

public sealed class CsvTableReaderTests
{
    [Theory]
    [InlineData("Invoice,Paid\nSI-1,10.00\n", ',')]
    [InlineData("Factura;Importe\nA-1;1.234,56\n", ';')]
    [InlineData("Invoice\tPaid\nSI-1\t10.00\n", '\t')]
    public void SniffDelimiter_CommonExports_PicksTheSeparator(string csv, char expected)
    {
        Assert.Equal(expected, CsvTableReader.SniffDelimiter(csv));
    }

    [Fact]
    public void Read_SemicolonCsvWithDecimalCommas_KeepsCellsWhole()
    {
        var table = CsvTableReader.Read("p.csv", Encoding.UTF8.GetBytes("Factura;Importe pagado;Moneda\r\nA-10;1.234,56;MXN\r\nA-11;99,00;MXN\r\n"));

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["A-10", "1.234,56", "MXN"], table.Rows[1]);
    }

    [Fact]
    public void Read_QuotedFieldsWithCommas_AreOneCell()
    {
        var table = CsvTableReader.Read("r.csv", Encoding.UTF8.GetBytes("Invoice,Customer,Paid\nSI-7,\"Acme, Inc.\",\"1,200.00\"\n"));

        Assert.Equal(["SI-7", "Acme, Inc.", "1,200.00"], table.Rows[1]);
    }

    [Fact]
    public void Read_Latin1Bytes_DecodesAccents()
    {
        var table = CsvTableReader.Read("r.csv", Encoding.Latin1.GetBytes("Factura;Descripci\u00f3n\nA-1;Se\u00f1al\n"));

        Assert.Equal("Descripción", table.Rows[0][1]);
    }

    [Fact]
    public void Read_BlankLinesAndRaggedRows_AreTolerated()
    {
        var table = CsvTableReader.Read("r.csv", Encoding.UTF8.GetBytes("Invoice,Paid,Note\n\nSI-1,5.00\nSI-2,6.00,late,extra\n"));

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(2, table.Rows[1].Count);
    }

    [Fact]
    public void Read_UnbalancedQuote_DoesNotSwallowTheFile()
    {
        var table = CsvTableReader.Read("r.csv", Encoding.UTF8.GetBytes("Invoice,Paid\n\"SI-1,5.00\nSI-2,6.00\nSI-3,7.00\n"));

        Assert.Contains(table.Rows, r => r.Contains("SI-3"));
    }

    [Fact]
    public void Read_RowCap_StopsReading()
    {
        var csv = "Invoice,Paid\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"SI-{i},1.00\n"));

        var table = CsvTableReader.Read("r.csv", Encoding.UTF8.GetBytes(csv), new AttachmentLimits { MaxRows = 10 });

        Assert.Equal(10, table.Rows.Count);
    }
}

using MailTriage.Classifier.Attachments;
using MailTriage.Classifier.Messages;
using MailTriage.Classifier.Tests.TestData;

namespace MailTriage.Classifier.Tests.Attachments;

public sealed class XlsxTableReaderTests
{
    [Fact]
    public void Read_Workbook_ReturnsRowsWithInvariantNumbers()
    {
        var bytes = XlsxBuilder.Build([["Invoice", "Invoice Amount", "Amount Paid"], ["SI-000451", 1200, 1176.5]]);

        var tables = XlsxTableReader.Read("remit.xlsx", bytes);

        var table = Assert.Single(tables);
        Assert.StartsWith("remit.xlsx", table.FileName);
        Assert.Equal(["SI-000451", "1200", "1176.5"], table.Rows[1]);
    }

    [Fact]
    public void Read_CorruptWorkbook_ReturnsNoTablesWithoutThrowing()
    {
        Assert.Empty(XlsxTableReader.Read("bad.xlsx", new byte[] { 0x50, 0x4B, 3, 4, 9, 9, 9 }));
    }

    [Fact]
    public void AttachmentTableReader_PicksCsvAndSpreadsheetsAndSkipsPdf()
    {
        var attachments = new List<MailAttachment>
        {
            new("a.pdf", "application/pdf", new byte[] { 1 }),
            new("b.CSV", "application/octet-stream", "Invoice,Paid\nSI-1,1.00\n"u8.ToArray()),
            new("c.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxBuilder.Build([["Invoice"], ["SI-2"]])),
            new("d.png", "image/png", new byte[] { 1 }),
        };

        var tables = AttachmentTableReader.Read(attachments);

        Assert.Equal(2, tables.Count);
        Assert.Equal("b.CSV", tables[0].FileName);
    }
}

using System.Text.Json;
using MailTriage.TestUtils;

namespace MailTriage.EndToEnd.Tests.Cli;

public sealed class ClassifyCommandTests
{
    private static readonly string[] ContractFields =
    [
        "file", "label", "confidence", "dispute_reason", "language", "invoice_numbers", "po_numbers",
        "amounts", "promise_date", "remittance_lines", "payment_total", "needs_review",
    ];

    // The intent each demo mail was written to express (see samples/mailbox file names).
    private static readonly Dictionary<string, string> IntendedLabels = new()
    {
        ["001-remittance-acme.eml"] = "remittance_advice",
        ["002-remittance-shortpay-brightline.eml"] = "remittance_advice",
        ["003-promise-harlow.eml"] = "payment_promise",
        ["004-purchase-order-quincy.eml"] = "purchase_order",
        ["005-refund-oakridge.eml"] = "refund_request",
        ["006-tie-off-internal-sales.eml"] = "tie_off_request",
        ["007-invoice-request-w9-pelham.eml"] = "invoice_request",
        ["008-out-of-office-marlow.eml"] = "other",
    };

    [Fact]
    public async Task Classify_DemoFolderAsJson_PrintsOneContractLinePerMessageInFileOrder()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", "ar-us");

        var (exit, stdout, stderr) = await MailTriageProcess.RunAsync(TestPaths.RepositoryRoot, "classify", folder, "--json");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var files = Directory.GetFiles(folder, "*.eml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).ToArray());
        foreach (var line in lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(ContractFields, root.EnumerateObject().Select(p => p.Name).ToArray());
            var confidence = root.GetProperty("confidence").GetDouble();
            Assert.InRange(confidence, 0, 1);
            foreach (var amount in root.GetProperty("amounts").EnumerateArray())
            {
                Assert.Matches(@"^-?\d+\.\d{2}$", amount.GetProperty("value").GetString());
            }
        }
    }

    [Fact]
    public async Task Classify_DemoFolder_ReadsEachMailAsTheIntentItWasWrittenFor()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", "ar-us");

        var (_, stdout, _) = await MailTriageProcess.RunAsync(TestPaths.RepositoryRoot, "classify", folder, "--json");

        var labels = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("file").GetString()!, r => r.GetProperty("label").GetString());
        foreach (var (file, label) in IntendedLabels)
        {
            Assert.Equal(label, labels[file]);
        }
    }

    [Fact]
    public async Task Classify_FolderWithABrokenFile_ReportsTheErrorAndStillClassifiesTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("mailtriage-e2e-").FullName;
        try
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", "disputes", "002-dispute-shortage-tessaro.eml"), Path.Combine(folder, "a-good.eml"));
            File.WriteAllBytes(Path.Combine(folder, "b-empty.eml"), []);

            var (exit, stdout, _) = await MailTriageProcess.RunAsync(folder, "classify", folder, "--json");

            Assert.Equal(0, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(2, lines.Length);
            Assert.Equal("dispute", lines[0].GetProperty("label").GetString());
            Assert.Equal("quantity_shortage", lines[0].GetProperty("dispute_reason").GetString());
            Assert.Equal("b-empty.eml", lines[1].GetProperty("file").GetString());
            Assert.False(string.IsNullOrWhiteSpace(lines[1].GetProperty("error").GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Classify_OnlyUnreadableFiles_ExitsNonZero()
    {
        var folder = Directory.CreateTempSubdirectory("mailtriage-e2e-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "empty.eml"), []);

            var (exit, _, _) = await MailTriageProcess.RunAsync(folder, "classify", folder, "--json");

            Assert.NotEqual(0, exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using MailTriage.TestUtils;

namespace MailTriage.EndToEnd.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_RunTwice_TriagesEverySampleOnceAndNotifiesEachOwnerOnce()
    {
        var data = Directory.CreateTempSubdirectory("mailtriage-demo-").FullName;
        try
        {
            var samples = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox"), "*.eml", SearchOption.AllDirectories).Length;

            var first = await MailTriageProcess.RunAsync(TestPaths.RepositoryRoot, "demo", "--data", data);
            var outboxAfterFirst = Directory.GetFiles(Path.Combine(data, "outbox"), "*.eml").Length;
            var second = await MailTriageProcess.RunAsync(TestPaths.RepositoryRoot, "demo", "--data", data);

            Assert.True(first.ExitCode == 0, first.StdErr);
            Assert.Contains($"{samples} sample message(s) added, {samples} triaged", first.StdOut.ReplaceLineEndings(" "), StringComparison.Ordinal);
            Assert.True(second.ExitCode == 0, second.StdErr);
            Assert.Contains("0 sample message(s) added, 0 triaged", second.StdOut.ReplaceLineEndings(" "), StringComparison.Ordinal);
            Assert.True(outboxAfterFirst > 0);
            Assert.Equal(outboxAfterFirst, Directory.GetFiles(Path.Combine(data, "outbox"), "*.eml").Length);
            Assert.Contains("DSP-000001", first.StdOut, StringComparison.Ordinal);
            // Every sample left the inbox for an intent folder: nothing deleted, nothing left behind.
            var inboxLeft = Directory.GetFiles(Path.Combine(data, "mailboxes"), "*.eml", SearchOption.TopDirectoryOnly).Length
                + Directory.GetDirectories(Path.Combine(data, "mailboxes")).Sum(d => Directory.GetFiles(d, "*.eml", SearchOption.TopDirectoryOnly).Length);
            Assert.Equal(0, inboxLeft);
            Assert.Equal(samples, Directory.GetFiles(Path.Combine(data, "mailboxes"), "*.eml", SearchOption.AllDirectories).Length);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_ConfigWithAMissingKey_StopsWithOneLineNamingTheKey()
    {
        var folder = Directory.CreateTempSubdirectory("mailtriage-config-").FullName;
        try
        {
            var config = Path.Combine(folder, "bad.json");
            File.WriteAllText(config, """{ "MailTriage": { "Mailboxes": [ { "Id": "ar", "Address": "ar@x.example", "Source": "Local" } ] } }""");

            var (exit, stdout, stderr) = await MailTriageProcess.RunAsync(folder, "run", "--once", "--config", config);

            Assert.Equal(3, exit);
            Assert.Contains("MailTriage:Mailboxes:0:Path", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailTriage.TestUtils;

namespace MailTriage.EndToEnd.Tests.Cli;

public sealed class RunWithDashboardTests
{
    [Fact]
    public async Task Run_WithDashboard_TriagesAndServesTheCasesFromTheSameProcess()
    {
        var folder = Directory.CreateTempSubdirectory("mailtriage-run-").FullName;
        var port = FreePort();
        var inbox = Path.Combine(folder, "mailboxes", "disputes");
        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", "disputes"), "*.eml").Order(StringComparer.Ordinal).Take(3))
        {
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        var matrix = Path.Combine(TestPaths.RepositoryRoot, "config", "resolution-matrix.yaml").Replace("\\", "\\\\", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "config.json"), $$"""
            { "MailTriage": { "Mailboxes": [ { "Id": "disputes", "Source": "Local", "Address": "disputes@fabrikam.example", "Path": "mailboxes/disputes" } ],
                              "MatrixPath": "{{matrix}}", "PollInterval": "00:00:01" },
              "Dashboard": { "Urls": "http://127.0.0.1:{{port}}" } }
            """);
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "mailtriage.dll"), "run", "--config", "config.json", "--dashboard" })
        {
            psi.ArgumentList.Add(a);
        }

        using var worker = Process.Start(psi)!;
        var log = new System.Text.StringBuilder();
        worker.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        worker.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            string? page = null;
            for (var i = 0; i < 60 && (page is null || !page.Contains("DSP-000003", StringComparison.Ordinal)); i++)
            {
                await Task.Delay(500);
                try
                {
                    page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
            }

            Assert.NotNull(page);
            Assert.True(page.Contains("DSP-000001", StringComparison.Ordinal), log.ToString());
            Assert.Contains("DSP-000003", page, StringComparison.Ordinal);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

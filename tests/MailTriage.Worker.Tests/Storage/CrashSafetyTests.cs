using System.Diagnostics;
using MailTriage.Routing.Disputes;
using MailTriage.Worker.Storage;

namespace MailTriage.Worker.Tests.Storage;

/// <summary>
/// A real child process writes disputes through the store and is killed (SIGKILL) at arbitrary points; the database
/// must open afterwards with every dispute whose commit was acknowledged, complete with its history.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData(7)]
    [InlineData(23)]
    [InlineData(61)]
    public async Task Store_WriterKilledMidWrite_EveryAcknowledgedDisputeReadable(int killAfter)
    {
        using var child = StartWriter(abandonAfter: null);
        var acknowledged = new List<string>();
        try
        {
            while (acknowledged.Count < killAfter && await ReadLineAsync(child) is { } line)
            {
                if (line.StartsWith(CrashWriterProcess.CommittedPrefix, StringComparison.Ordinal))
                {
                    acknowledged.Add(line[CrashWriterProcess.CommittedPrefix.Length..]);
                }
            }
        }
        finally
        {
            // Whatever happened above, the writer must not outlive the test (it would block on a full stdout pipe).
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        if (acknowledged.Count != killAfter)
        {
            Assert.Fail($"writer stopped after {acknowledged.Count} commits: {await child.StandardError.ReadToEndAsync()}");
        }

        // Lines already in the pipe were printed after their commit returned: they count as acknowledged too.
        acknowledged.AddRange((await child.StandardOutput.ReadToEndAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith(CrashWriterProcess.CommittedPrefix, StringComparison.Ordinal))
            .Select(l => l[CrashWriterProcess.CommittedPrefix.Length..]));

        AssertAllReadable(acknowledged);
    }

    [Fact]
    public async Task Store_WriterExitsWithoutClosingDatabase_EveryCommittedDisputeReadable()
    {
        using var child = StartWriter(abandonAfter: 12);
        using var timeout = new CancellationTokenSource(Patience);
        string output;
        try
        {
            output = await child.StandardOutput.ReadToEndAsync(timeout.Token);
            await child.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }

        var acknowledged = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l[CrashWriterProcess.CommittedPrefix.Length..]).ToList();

        Assert.Equal(12, acknowledged.Count);
        AssertAllReadable(acknowledged);
    }

    private void AssertAllReadable(IReadOnlyCollection<string> acknowledged)
    {
        var repository = new LiteDbDisputeRepository(_db.Open());
        foreach (var id in acknowledged)
        {
            var dispute = repository.Find(new DisputeId(id));
            Assert.True(dispute is not null, $"{id} was acknowledged but is missing after the crash");
            Assert.Equal(DisputeState.InProgress, dispute.State);
            Assert.Equal(3, dispute.History.Count);
        }

        // Whatever else made it in (at most the commit in flight) is whole, not half-written.
        var stored = repository.Count();
        Assert.InRange(stored, acknowledged.Count, acknowledged.Count + 1);
        for (var n = 1; n <= stored; n++)
        {
            Assert.Equal(3, repository.Find(DisputeId.FromSequence(n))!.History.Count);
        }
    }

    private Process StartWriter(int? abandonAfter)
    {
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashSafetyTests).Assembly.Location);
        start.Environment[CrashWriterProcess.DatabaseVariable] = _db.FilePath;
        if (abandonAfter is { } n)
        {
            start.Environment[CrashWriterProcess.AbandonAfterVariable] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the writer process");
    }

    private static async Task<string?> ReadLineAsync(Process child)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await child.StandardOutput.ReadLineAsync(timeout.Token);
    }
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MailTriage.Benchmarks;

/// <summary>What one `mailtriage run --once` child process did, measured from outside.</summary>
/// <param name="PeakPrivateBytes">Linux only: the largest RssAnon seen, i.e. the working set minus mapped files and shared memory.</param>
internal sealed record GraphBackfillRun(int ExitCode, TimeSpan WallTime, TimeSpan? FirstGraphRequestAt, long PeakWorkingSetBytes, long? PeakPrivateBytes, string OutputTail);

/// <summary>
/// Runs the real worker executable (`mailtriage run --once --config …`) as a child process, so the emulator and the
/// corpus living in this process do not count towards the worker's memory. Peak memory is the child's
/// <see cref="Process.PeakWorkingSet64"/> (Linux: VmHWM, the resident-set high-water mark; Windows: peak working
/// set), sampled every 50 ms; it only ever grows, so the last sample before exit is the peak of the whole run.
/// </summary>
internal static class GraphBackfillWorker
{
    public static string WriteConfig(string folder, IReadOnlyDictionary<string, string> settings)
    {
        var root = new JsonObject();
        foreach (var (key, value) in settings)
        {
            var node = root;
            var parts = key.Split(':');
            foreach (var part in parts[..^1])
            {
                node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            }

            node[parts[^1]] = value;
        }

        var path = Path.Combine(folder, "mailtriage.json");
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    public static async Task<GraphBackfillRun> RunOnceAsync(string workingDirectory, string config, Func<long> graphRequests)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mailtriage.dll"));
        foreach (var a in new[] { "run", "--once", "--config", config })
        {
            psi.ArgumentList.Add(a);
        }

        var tail = new Queue<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Keep(tail, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(tail, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var before = graphRequests();
        TimeSpan? firstRequest = null;
        long peak = 0;
        long? peakPrivate = null;
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
                if (RssAnon(process.Id) is { } anon)
                {
                    peakPrivate = Math.Max(peakPrivate ?? 0, anon);
                }
            }
            catch (InvalidOperationException)
            {
                break; // exited between the check and the read
            }

            if (firstRequest is null && graphRequests() != before)
            {
                firstRequest = clock.Elapsed;
            }

            await Task.Delay(50);
        }

        await process.WaitForExitAsync();
        lock (tail)
        {
            return new GraphBackfillRun(process.ExitCode, clock.Elapsed, firstRequest, peak, peakPrivate, string.Join(Environment.NewLine, tail));
        }
    }

    /// <summary>Anonymous resident memory (GC heap, native allocations, stacks) from /proc; null off Linux.</summary>
    private static long? RssAnon(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Keep(Queue<string> tail, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > 40)
            {
                tail.Dequeue();
            }
        }
    }
}

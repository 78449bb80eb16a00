namespace MailTriage.Benchmarks;

public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        // The Graph backfill is a single long run measured from outside (see GraphBackfillCommand), not a BenchmarkDotNet job.
        if (args.Length > 0 && args[0] == GraphBackfillCommand.Name)
        {
            return await GraphBackfillCommand.RunAsync(args[1..]);
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}

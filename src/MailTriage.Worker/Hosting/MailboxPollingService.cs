using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MailTriage.Worker.Options;

namespace MailTriage.Worker.Hosting;

/// <summary>Runs <see cref="TriageCycle"/> on a timer until the host stops; in run-once mode, one cycle and then stops the host.</summary>
public sealed class MailboxPollingService(
    TriageCycle cycle,
    IOptions<MailTriageOptions> options,
    RunMode mode,
    TimeProvider time,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (mode.Once)
        {
            try
            {
                mode.LastSummary = await cycle.RunOnceAsync(stoppingToken);
            }
            finally
            {
                lifetime.StopApplication();
            }

            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            mode.LastSummary = await cycle.RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Whether the host watches until stopped (`run`) or processes what is there and exits (`run --once`, `demo`).</summary>
public sealed class RunMode(bool once)
{
    public bool Once => once;

    public CycleSummary? LastSummary { get; set; }
}

using MailTriage.Worker.Options;
using MailTriage.Worker.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Hosting;

/// <summary>
/// The worker's loop: a triage cycle every poll interval and an SLA sweep whenever its own interval has passed.
/// In run-once mode: one cycle, one sweep, then the host stops.
/// </summary>
public sealed class MailboxPollingService(
    TriageCycle cycle,
    SlaSweeper sweeper,
    IOptions<MailTriageOptions> options,
    RunMode mode,
    TimeProvider time,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private DateTimeOffset? _lastSweep;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (mode.Once)
        {
            try
            {
                await RunCycleAsync(stoppingToken);
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
            await RunCycleAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunCycleAsync(CancellationToken ct)
    {
        mode.LastSummary = await cycle.RunOnceAsync(ct);
        var now = time.GetUtcNow();
        if (mode.Once || _lastSweep is null || now - _lastSweep >= options.Value.SlaSweepInterval)
        {
            mode.LastSweepSent = await sweeper.SweepAsync(ct);
            _lastSweep = now;
        }
    }
}

/// <summary>Whether the host watches until stopped (`run`) or processes what is there and exits (`run --once`, `demo`).</summary>
public sealed class RunMode(bool once)
{
    public bool Once => once;

    public CycleSummary? LastSummary { get; set; }

    public int LastSweepSent { get; set; }
}

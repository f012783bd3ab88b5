using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Runs the dispatcher on every node: claiming is safe in parallel, so no job lease is needed. While the node is busy
/// with requests, sending waits (<see cref="DispatchPacing"/>), checking again every second.
/// </summary>
public sealed class NotificationDispatcherService(
    NotificationDispatcher dispatcher, RequestActivity activity, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationDispatcherService> logger)
    : BackgroundService
{
    private volatile bool _deferring;

    /// <summary>Whether the last look found the node busy, so sending waits. Lets a test know the wait has begun.</summary>
    public bool Deferring => _deferring;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pacing = new DispatchPacing(options.Value.YieldAboveRequestsPerSecond, options.Value.MaxDeferral);
        while (!stoppingToken.IsCancellationRequested)
        {
            _deferring = pacing.ShouldWait(activity.Started, time.GetUtcNow());
            if (_deferring)
            {
                if (!await PauseAsync(DispatchPacing.Window, stoppingToken))
                {
                    return;
                }
                continue;
            }
            var fullBatch = false;
            try
            {
                var result = await dispatcher.DispatchOnceAsync(stoppingToken);
                fullBatch = result.Claimed == options.Value.BatchSize;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Notification dispatch failed; trying again after the poll interval");
            }
            if (!fullBatch && !await PauseAsync(options.Value.PollInterval, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>False when the node is stopping.</summary>
    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

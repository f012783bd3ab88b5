using Microsoft.Extensions.Options;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Runs the dispatcher on every node: claiming is safe in parallel, so no job lease is needed.</summary>
public sealed class NotificationDispatcherService(NotificationDispatcher dispatcher, TimeProvider time, IOptions<NotificationOptions> options, ILogger<NotificationDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
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
            if (!fullBatch)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>Runs <see cref="RetentionPurge"/> every interval on every node; the lease lets one of them do the work.</summary>
public sealed class RetentionPurgeService(RetentionPurge purge, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Ticks as long as the lease: the node holding it renews it at its next tick, the others find it taken.
        // The first run waits one interval too: start-up (migrations) is busy enough.
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await purge.RunAsync(JobLeases.ProcessHolder, stoppingToken) is { } results)
                {
                    logger.LogInformation("Retention purge: {Deleted} deleted, {Anonymised} anonymised",
                        results.Values.Sum(r => r.Deleted), results.Values.Sum(r => r.Anonymised));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Retention purge failed; trying again at the next tick");
            }
        }
    }
}

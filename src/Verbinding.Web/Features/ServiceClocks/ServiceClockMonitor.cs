using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.ServiceClocks;

public sealed class ServiceClockOptions
{
    public const string Section = "ServiceClocks";

    public bool MonitorEnabled { get; set; } = true;

    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs <see cref="ServiceClockSweep"/> every interval on whichever node holds the "service-clocks" lease.</summary>
public sealed class ServiceClockMonitor(IServiceScopeFactory scopes, JobLeases leases, TimeProvider time, IOptions<ServiceClockOptions> options, ILogger<ServiceClockMonitor> logger)
    : BackgroundService
{
    public const string LeaseName = "service-clocks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.MonitorInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                // The lease outlives one interval so a slow sweep is not taken over halfway.
                if (await leases.TryAcquireAsync(LeaseName, JobLeases.ProcessHolder, interval * 2, stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<ServiceClockSweep>().RunAsync(stoppingToken);
                    if (result.Overdue + result.Escalated > 0)
                    {
                        logger.LogInformation("Service clocks: {Overdue} overdue, {Escalated} escalated", result.Overdue, result.Escalated);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Service clock sweep failed; trying again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await leases.ReleaseAsync(LeaseName, JobLeases.ProcessHolder, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not release the service clock lease; it expires by itself");
        }
    }
}

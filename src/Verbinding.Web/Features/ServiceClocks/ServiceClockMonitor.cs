using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.ServiceClocks;

public sealed class ServiceClockOptions
{
    public const string Section = "ServiceClocks";

    public bool MonitorEnabled { get; set; } = true;

    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs <see cref="ServiceClockSweep"/> on whichever node holds the "service-clocks" lease (<see cref="LeasedJobService{TJob}"/>).</summary>
public sealed class ServiceClockMonitor(ServiceClockSweep sweep, ILogger<ServiceClockMonitor> logger) : ILeasedJob
{
    public const string Lease = "service-clocks";

    public string LeaseName => Lease;

    public async Task RunAsync(CancellationToken ct)
    {
        var result = await sweep.RunAsync(ct);
        if (result.Overdue + result.Escalated > 0)
        {
            logger.LogInformation("Service clocks: {Overdue} overdue, {Escalated} escalated", result.Overdue, result.Escalated);
        }
    }
}

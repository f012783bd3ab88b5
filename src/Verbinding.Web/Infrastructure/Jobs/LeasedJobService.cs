namespace Verbinding.Web.Infrastructure.Jobs;

/// <summary>A periodic piece of work that must run on one node at a time (resolved in a fresh scope each tick).</summary>
public interface ILeasedJob
{
    string LeaseName { get; }

    Task RunAsync(CancellationToken ct);
}

/// <summary>How often a leased job runs, how long its lease lasts and whether it also runs at start-up.</summary>
/// <param name="LeaseDuration">Defaults to twice the interval, so a slow run is not taken over halfway.</param>
/// <param name="RunAtStart">Run once at start-up too instead of waiting one interval first.</param>
public sealed record LeasedJobSchedule(TimeSpan Interval, TimeSpan? LeaseDuration = null, bool RunAtStart = false)
{
    public TimeSpan Lease => LeaseDuration ?? Interval * 2;
}

/// <summary>
/// Runs <typeparamref name="TJob"/> every interval on every node; the lease lets exactly one of them do the work, and
/// the holder renews it at its next tick. A failed run is retried at the next tick. On shutdown the lease is released
/// so another node takes over at its next tick instead of waiting for the lease to expire.
/// </summary>
public sealed class LeasedJobService<TJob>(IServiceScopeFactory scopes, JobLeases leases, TimeProvider time, LeasedJobSchedule schedule, ILogger<TJob> logger)
    : BackgroundService where TJob : ILeasedJob
{
    private string? _held;
    private PeriodicTimer? _timer;

    /// <summary>
    /// Starts the timer while the host starts, so the first tick is one interval after start-up. Since .NET 10 all of
    /// <see cref="ExecuteAsync"/> runs later on the thread pool; a timer made there would start its first interval
    /// whenever that thread happened to run (on a busy node, or a test's moved clock, an interval late).
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(schedule.Interval, time);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("StartAsync creates the timer.");
        if (schedule.RunAtStart)
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TickAsync(stoppingToken);
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<TJob>();
            if (await leases.TryAcquireAsync(job.LeaseName, leases.NodeHolder, schedule.Lease, stoppingToken))
            {
                _held = job.LeaseName;
                await job.RunAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{Job} failed; trying again at the next tick", typeof(TJob).Name);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_held is not { } name)
        {
            return;
        }
        try
        {
            await leases.ReleaseAsync(name, leases.NodeHolder, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not release the {Lease} lease; it expires by itself", name);
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }
}

public static class LeasedJobExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> (scoped) and the hosted service that runs it every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddLeasedJob<TJob>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TJob : class, ILeasedJob =>
        services.AddLeasedJob<TJob>(sp => new LeasedJobSchedule(interval(sp)));

    /// <summary>Registers <typeparamref name="TJob"/> (scoped) and the hosted service that runs it on <paramref name="schedule"/>.</summary>
    public static IServiceCollection AddLeasedJob<TJob>(this IServiceCollection services, Func<IServiceProvider, LeasedJobSchedule> schedule)
        where TJob : class, ILeasedJob
    {
        services.AddScoped<TJob>();
        services.AddHostedService(sp => new LeasedJobService<TJob>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<JobLeases>(), sp.GetRequiredService<TimeProvider>(),
            schedule(sp), sp.GetRequiredService<ILogger<TJob>>()));
        return services;
    }
}

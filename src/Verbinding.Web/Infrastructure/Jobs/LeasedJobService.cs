namespace Verbinding.Web.Infrastructure.Jobs;

/// <summary>A periodic piece of work that must run on one node at a time (resolved in a fresh scope each tick).</summary>
public interface ILeasedJob
{
    string LeaseName { get; }

    Task RunAsync(CancellationToken ct);
}

/// <summary>
/// Runs <typeparamref name="TJob"/> every <paramref name="interval"/> on every node; the lease (twice the interval, so
/// a slow run is not taken over halfway) lets exactly one of them do the work. A failed run is retried at the next tick.
/// </summary>
public sealed class LeasedJobService<TJob>(IServiceScopeFactory scopes, JobLeases leases, TimeProvider time, TimeSpan interval, ILogger<TJob> logger)
    : BackgroundService where TJob : ILeasedJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var job = scope.ServiceProvider.GetRequiredService<TJob>();
                if (await leases.TryAcquireAsync(job.LeaseName, JobLeases.ProcessHolder, interval * 2, stoppingToken))
                {
                    await job.RunAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Job} failed; trying again at the next tick", typeof(TJob).Name);
            }
        }
    }
}

public static class LeasedJobExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> (scoped) and the hosted service that runs it every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddLeasedJob<TJob>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TJob : class, ILeasedJob
    {
        services.AddScoped<TJob>();
        services.AddHostedService(sp => new LeasedJobService<TJob>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<JobLeases>(), sp.GetRequiredService<TimeProvider>(),
            interval(sp), sp.GetRequiredService<ILogger<TJob>>()));
        return services;
    }
}

using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>
/// Runs <see cref="RetentionPurge"/> every interval on one node (<see cref="LeasedJobService{TJob}"/>). The lease lasts
/// one interval, as the purge renews it before each rule; the first run waits one interval: start-up (migrations) is busy enough.
/// </summary>
public sealed class RetentionPurgeJob(RetentionPurge purge, JobLeases leases, ILogger<RetentionPurgeJob> logger) : ILeasedJob
{
    public string LeaseName => RetentionPurge.LeaseName;

    public async Task RunAsync(CancellationToken ct)
    {
        // The service holds the lease already; the purge takes it again (a renewal) because it is also run directly.
        if (await purge.RunAsync(leases.NodeHolder, ct) is { } results)
        {
            logger.LogInformation("Retention purge: {Deleted} deleted, {Anonymised} anonymised",
                results.Values.Sum(r => r.Deleted), results.Values.Sum(r => r.Anonymised));
        }
    }
}

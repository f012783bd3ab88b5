using System.Globalization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>
/// One purge run: takes the "retention-purge" lease for a whole interval (so of several nodes exactly one purges per
/// interval), applies every <see cref="IRetentionRule"/> in its own scope, and audits each category with its counts
/// only. A failing rule is logged and the others still run.
/// </summary>
public sealed class RetentionPurge(
    IServiceScopeFactory scopes, JobLeases leases, AuditTrail audit, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<RetentionOptions> options, ILogger<RetentionPurge> logger)
{
    public const string LeaseName = "retention-purge";
    public const string AuditAction = "retention.purge";
    public const string AuditPurpose = "retention";

    /// <summary>The counts per category, or null when another node holds the lease.</summary>
    public async Task<IReadOnlyDictionary<string, RetentionResult>?> RunAsync(string holder, CancellationToken ct)
    {
        var interval = options.Value.Interval;
        if (!await leases.TryAcquireAsync(LeaseName, holder, interval, ct))
        {
            return null;
        }
        var results = new Dictionary<string, RetentionResult>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
        {
            // Renewing before each rule keeps the lease ours during a long run; losing it means another node took over.
            if (!await leases.TryAcquireAsync(LeaseName, holder, interval, ct))
            {
                break;
            }
            try
            {
                var result = await rule.ApplyAsync(time.GetUtcNow(), ct);
                results[rule.Category] = result;
                var counts = string.Create(CultureInfo.InvariantCulture, $"deleted={result.Deleted};anonymised={result.Anonymised}");
                await audit.RecordAsync(new AuditEvent(AuditAction, rule.Category, counts, AuditPurpose), AuditActor.System, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention rule {Category} failed; the next run continues where it stopped", rule.Category);
            }
        }
        return results;
    }
}

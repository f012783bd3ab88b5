using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Erases citizen links of expired invitations and forgets citizens after the 90 days. Idempotent set-based
/// deletes, so several nodes may run it at once without a lease.
/// </summary>
public sealed class SurveyMaintenance(VerbindingDbContext db, IOptions<MonitorOptions> options, TimeProvider time)
{
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var erased = await db.Set<SurveyInvitation>()
            .Where(i => i.ExpiresAt <= now && (i.ProtectedEmail != null || i.ContactReference != null))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ProtectedEmail, (string?)null).SetProperty(i => i.ContactReference, (string?)null), ct);
        var forgetBefore = now.AddDays(-options.Value.DaysBetweenInvitations);
        await db.Set<SurveyInvitationThrottle>().Where(t => t.LastInvitedAt <= forgetBefore).ExecuteDeleteAsync(ct);
        await db.Set<SurveyInvitation>().Where(i => i.ExpiresAt <= forgetBefore).ExecuteDeleteAsync(ct);
        return erased;
    }
}

/// <summary>Runs the purge every hour on every node.</summary>
internal sealed class SurveyMaintenanceService(IServiceScopeFactory scopes, ILogger<SurveyMaintenanceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits an hour too: start-up (migrations) is busy enough.
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SurveyMaintenance>().PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Survey maintenance failed; retrying in an hour.");
            }
        }
    }
}

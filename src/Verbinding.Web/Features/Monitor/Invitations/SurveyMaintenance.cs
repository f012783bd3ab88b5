using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Erases citizen links of expired invitations and forgets citizens after the 90 days. Idempotent set-based
/// deletes; run by the retention purge job (<see cref="SurveyTokenRetention"/>).
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

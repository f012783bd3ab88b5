using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Notifications;

/// <summary>What staff may see of a failed notification: never the recipient, never the model.</summary>
public sealed record FailedNotification(Guid Id, string TemplateId, string Reference, NotificationChannel Channel,
    NotificationStatus Status, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError);

/// <summary>Failed and dead notifications within the staff member's unit scope, and the retry that revives them.</summary>
public sealed class FailedNotifications(VerbindingDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<FailedNotification>> ListAsync(StaffScope scope, CancellationToken ct) =>
        await InScope(scope)
            .OrderBy(n => n.CreatedAt)
            .Take(200)
            .Select(n => new FailedNotification(n.Id, n.TemplateId, n.IdempotencyKey, n.Channel, n.Status, n.Attempts,
                n.Status == NotificationStatus.Failed ? n.NextAttemptAt : null, n.LastError))
            .ToListAsync(ct);

    /// <summary>Makes the notification due now with a fresh set of attempts; false when it is not failed or not in scope.</summary>
    public async Task<bool> RetryAsync(StaffScope scope, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var updated = await InScope(scope).Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Pending)
                .SetProperty(n => n.Attempts, 0)
                .SetProperty(n => n.NextAttemptAt, now), ct);
        return updated == 1;
    }

    private IQueryable<OutboxNotification> InScope(StaffScope scope)
    {
        var failed = db.Set<OutboxNotification>()
            .Where(n => n.Status == NotificationStatus.Failed || n.Status == NotificationStatus.Dead);
        // Notifications without a unit (e.g. a mail server outage) are for national staff and administrators.
        return scope.IsNational ? failed : failed.Where(n => n.EenheidId != null && n.EenheidId == scope.EenheidId);
    }
}

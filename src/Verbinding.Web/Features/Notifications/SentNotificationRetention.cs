using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Notifications;

/// <summary>
/// Empties sent (or given-up) notifications after the period: the template values, recipient and attachment go, the
/// row stays so its idempotency key still stops a second send and the delivery figures still count it.
/// </summary>
public sealed class SentNotificationRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public const string ErasedModel = "{}";

    public string Category => "sent-notifications";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.SentNotificationDays);
        var anonymised = 0;
        while (true)
        {
            var ids = await db.Set<OutboxNotification>().AsNoTracking()
                .Where(n => (n.Status == NotificationStatus.Sent || n.Status == NotificationStatus.Dead)
                    && n.CreatedAt < before && n.ModelJson != ErasedModel)
                .OrderBy(n => n.Id).Select(n => n.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return RetentionResult.OfAnonymised(anonymised);
            }
            anonymised += await db.Set<OutboxNotification>().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.ModelJson, ErasedModel)
                .SetProperty(n => n.ProtectedRecipient, (string?)null)
                .SetProperty(n => n.RecipientKeyHash, (string?)null)
                .SetProperty(n => n.AttachmentContent, (string?)null)
                .SetProperty(n => n.AttachmentFileName, (string?)null), ct);
        }
    }
}

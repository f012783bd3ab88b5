using System.Diagnostics.Metrics;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Infrastructure.Observability;

namespace Verbinding.Web.Infrastructure.Notifications;

public sealed record DispatchResult(int Claimed, int Sent, int Failed, int Dead);

/// <summary>
/// Claims due notifications and sends them. Claiming is one conditional UPDATE per batch ("take these rows if they
/// are still due"), which both SQLite and PostgreSQL serialise per row, so two nodes never claim the same row.
/// A claim is a lease: if the node dies mid-send, the row becomes claimable again when the lease runs out.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    RecipientProtector recipients,
    NotificationRenderer renderer,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<NotificationDispatcher> logger)
{
    private static readonly Meter Meter = new(Telemetry.ServiceName);
    private static readonly Counter<long> Outcomes = Meter.CreateCounter<long>("verbinding.notifications.outcomes", description: "Notification send attempts by channel and outcome");

    private readonly Dictionary<NotificationChannel, INotificationChannel> _channels = channels.ToDictionary(c => c.Channel);

    public async Task<DispatchResult> DispatchOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        await EraseOldDeadRecipientsAsync(db, ct);
        var claimed = await ClaimAsync(db, ct);
        int sent = 0, failed = 0, dead = 0;
        foreach (var notification in claimed)
        {
            var outcome = await SendAsync(db, scope.ServiceProvider, notification, ct);
            Outcomes.Add(1, new("channel", notification.Channel.ToString()), new("outcome", outcome.ToString()));
            switch (outcome)
            {
                case NotificationStatus.Sent: sent++; break;
                case NotificationStatus.Failed: failed++; break;
                case NotificationStatus.Dead: dead++; break;
            }
        }
        return new DispatchResult(claimed.Count, sent, failed, dead);
    }

    private async Task<List<OutboxNotification>> ClaimAsync(VerbindingDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var set = db.Set<OutboxNotification>();
        var candidates = await set.Where(Claimable(now)).OrderBy(n => n.NextAttemptAt)
            .Select(n => n.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }
        // A token per claim, not per process: the rows read back below are exactly the ones this UPDATE took.
        var token = $"{JobLeases.ProcessHolder}:{Guid.NewGuid():N}";
        var until = now + options.Value.LeaseDuration;
        // The attempt is counted at claim time, so a message that crashes its node still reaches MaxAttempts.
        await set.Where(n => candidates.Contains(n.Id)).Where(Claimable(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Sending)
                .SetProperty(n => n.LeaseHolder, token)
                .SetProperty(n => n.LeaseUntil, until)
                .SetProperty(n => n.Attempts, n => n.Attempts + 1), ct);
        return await set.AsNoTracking().Where(n => n.LeaseHolder == token && n.Status == NotificationStatus.Sending).ToListAsync(ct);
    }

    /// <summary>Storage limitation: an address nobody is going to use again is not kept.</summary>
    private async Task EraseOldDeadRecipientsAsync(VerbindingDbContext db, CancellationToken ct)
    {
        // NextAttemptAt of a dead row is the moment it died.
        var before = time.GetUtcNow() - options.Value.DeadRecipientRetention;
        await db.Set<OutboxNotification>()
            .Where(n => n.Status == NotificationStatus.Dead && n.NextAttemptAt < before && n.ProtectedRecipient != null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ProtectedRecipient, (string?)null), ct);
    }

    private static Expression<Func<OutboxNotification, bool>> Claimable(DateTimeOffset now) => n =>
        ((n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Failed) && n.NextAttemptAt <= now)
        || (n.Status == NotificationStatus.Sending && n.LeaseUntil < now);

    private async Task<NotificationStatus> SendAsync(VerbindingDbContext db, IServiceProvider services, OutboxNotification row, CancellationToken ct)
    {
        var mine = db.Set<OutboxNotification>().Where(n => n.Id == row.Id && n.LeaseHolder == row.LeaseHolder);
        try
        {
            var model = JsonSerializer.Deserialize<Dictionary<string, string>>(row.ModelJson) ?? [];
            var recipient = row.ProtectedRecipient is null ? null : recipients.Unprotect(row.ProtectedRecipient);
            var composer = services.GetServices<INotificationComposer>().FirstOrDefault(c => c.TemplateId == row.TemplateId);
            var composed = composer is null
                ? new ComposedNotification(renderer.Render(row.TemplateId, row.Language, model), null)
                : await composer.ComposeAsync(model, row.Language, ct);
            var attachment = row.AttachmentContent is null ? null
                : new NotificationAttachment(row.AttachmentFileName ?? "attachment.txt", row.AttachmentContentType ?? "text/plain", row.AttachmentContent);
            await _channels[row.Channel].SendAsync(new OutgoingNotification(row.Id, row.IdempotencyKey, recipient, row.Language, composed.Content, attachment, composed.Thread), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new RetryPolicy(options.Value.MaxAttempts, options.Value.RetryBaseDelay).NextAttempt(row.Attempts, now);
            var status = next is null ? NotificationStatus.Dead : NotificationStatus.Failed;
            var error = NotificationErrors.Describe(ex);
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, status)
                .SetProperty(n => n.NextAttemptAt, next ?? now)
                .SetProperty(n => n.LastError, error)
                .SetProperty(n => n.LeaseHolder, (string?)null)
                .SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            logger.LogWarning("Notification {NotificationId} ({TemplateId}) attempt {Attempt} failed, now {Status}: {Error}",
                row.Id, row.TemplateId, row.Attempts, status, error);
            return status;
        }
        // Saved even if the node is stopping: the message has left, and a second copy would confuse the citizen.
        var sentAt = time.GetUtcNow();
        var updated = await mine.ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sent)
            .SetProperty(n => n.SentAt, sentAt)
            .SetProperty(n => n.ProtectedRecipient, (string?)null)
            .SetProperty(n => n.AttachmentContent, (string?)null)
            .SetProperty(n => n.ModelJson, n => NotificationTemplateIds.SecretModels.Contains(n.TemplateId) ? "{}" : n.ModelJson)
            .SetProperty(n => n.LastError, (string?)null)
            .SetProperty(n => n.LeaseHolder, (string?)null)
            .SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (updated == 0)
        {
            logger.LogWarning("Notification {NotificationId} was sent after its lease ran out; another node may send it again", row.Id);
        }
        return NotificationStatus.Sent;
    }
}

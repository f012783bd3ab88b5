using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Writes <see cref="OutboxNotification"/> rows into the caller's unit of work (scoped, shares the request's DbContext).</summary>
internal sealed class NotificationOutbox(VerbindingDbContext db, RecipientProtector recipients, CitizenKeys keys, TimeProvider time, ILogger<NotificationOutbox> logger)
    : INotificationOutbox
{
    public async Task<bool> EnqueueAsync(NotificationRequest request, CancellationToken ct = default)
    {
        NotificationModelGuard.Validate(request);
        var key = request.IdempotencyKey;
        // Both the unsaved rows of this unit of work and the committed ones count; the unique index catches a race.
        if (db.Set<OutboxNotification>().Local.Any(n => n.IdempotencyKey == key)
            || await db.Set<OutboxNotification>().AnyAsync(n => n.IdempotencyKey == key, ct))
        {
            logger.LogDebug("Notification {Key} was already enqueued", key);
            return false;
        }
        Add(request);
        return true;
    }

    public void EnqueueNew(NotificationRequest request)
    {
        NotificationModelGuard.Validate(request);
        Add(request);
    }

    private void Add(NotificationRequest request)
    {
        var key = request.IdempotencyKey;
        var now = time.GetUtcNow();
        db.Add(new OutboxNotification
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = key,
            Channel = request.Channel,
            ProtectedRecipient = request.Recipient is null ? null : recipients.Protect(request.Recipient),
            RecipientKeyHash = KeyHash(request),
            Language = request.Language,
            TemplateId = request.TemplateId,
            ModelJson = JsonSerializer.Serialize(request.Model),
            EenheidId = request.EenheidId,
            Status = NotificationStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            AttachmentFileName = request.Attachment?.FileName,
            AttachmentContentType = request.Attachment?.ContentType,
            AttachmentContent = request.Attachment?.Content,
        });
    }

    /// <summary>
    /// The keyed hash of an e-mail address or phone number, so a citizen's data export finds the messages sent to their
    /// own contact details (a partner's intake mailbox never matches a citizen's). Other channels have no recipient.
    /// </summary>
    private string? KeyHash(NotificationRequest request) => request.Channel switch
    {
        NotificationChannel.Email => keys.Email(request.Recipient)?.Hash,
        NotificationChannel.Sms => keys.Phone(request.Recipient)?.Hash,
        _ => null,
    };

    public async Task<bool> EnqueueAndSaveAsync(NotificationRequest request, CancellationToken ct = default)
    {
        if (!await EnqueueAsync(request, ct))
        {
            return false;
        }
        var entry = db.ChangeTracker.Entries<OutboxNotification>().Single(e => e.Entity.IdempotencyKey == request.IdempotencyKey);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
            if (await db.Set<OutboxNotification>().AnyAsync(n => n.IdempotencyKey == request.IdempotencyKey, ct))
            {
                return false; // another node enqueued the same key a moment earlier: the unique index kept it once
            }
            throw;
        }
    }
}

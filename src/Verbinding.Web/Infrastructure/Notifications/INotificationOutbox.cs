namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Queues notifications for the citizen, in the same transaction as the business change that causes them.</summary>
public interface INotificationOutbox
{
    /// <summary>
    /// Adds the notification to the caller's scoped DbContext; the caller's SaveChanges commits it together with
    /// the business change. Returns false (and adds nothing) when the idempotency key was already enqueued.
    /// Throws <see cref="ArgumentException"/> for an unknown template, an unsupported language, or a model value
    /// that is not a reference or link.
    /// </summary>
    Task<bool> EnqueueAsync(NotificationRequest request, CancellationToken ct = default);

    /// <summary>
    /// Like <see cref="EnqueueAsync"/> without the database read, for a key built from an id made in this unit of
    /// work (no stored row can have it yet); the unique index still keeps a key once. Throws as EnqueueAsync does.
    /// </summary>
    void EnqueueNew(NotificationRequest request);

    /// <summary>Enqueues and saves at once, for callers with no other change to commit; a duplicate key is a no-op.</summary>
    Task<bool> EnqueueAndSaveAsync(NotificationRequest request, CancellationToken ct = default);
}

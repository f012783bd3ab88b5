namespace Verbinding.Web.Infrastructure.Notifications;

public enum NotificationChannel
{
    Email,
    Sms,
    Portal,

    /// <summary>A warm handover to a partner's intake mailbox (Features/Referrals); the only channel that carries consented personal data.</summary>
    Partner,
}

public enum NotificationStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Pending,

    /// <summary>Claimed by a dispatcher until <see cref="OutboxNotification.LeaseUntil"/>.</summary>
    Sending,

    Sent,

    /// <summary>An attempt failed; the next one is due at <see cref="OutboxNotification.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>Given up after the maximum number of attempts; only a staff member's retry revives it.</summary>
    Dead,
}

/// <summary>
/// One notification to one citizen, written in the same transaction as the business change that causes it,
/// and sent later by the dispatcher. It holds reference numbers and links only, never case details.
/// </summary>
public sealed class OutboxNotification
{
    public Guid Id { get; set; }

    /// <summary>Unique per notification, e.g. "aangifte-receipt:{id}"; a second enqueue with the same key is ignored.</summary>
    public required string IdempotencyKey { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>E-mail address or phone number, encrypted with Data Protection; erased once sent.</summary>
    public string? ProtectedRecipient { get; set; }

    /// <summary>
    /// Keyed hash of the citizen's e-mail address or phone number (<see cref="Features.Contacts.CitizenKeys"/>, the same
    /// hash as the contacts timeline): it outlives the erased recipient so the citizen's data export can list what
    /// was sent to them. Null for portal and partner notifications.
    /// </summary>
    public string? RecipientKeyHash { get; set; }

    public required string Language { get; set; }

    public required string TemplateId { get; set; }

    /// <summary>The template's placeholders as JSON: reference numbers and links only.</summary>
    public required string ModelJson { get; set; }

    /// <summary>Lets unit supervisors see their own failures; null for notifications not tied to a unit.</summary>
    public string? EenheidId { get; set; }

    public NotificationStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>What went wrong last, without personal data (see <see cref="NotificationErrors"/>).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LeaseHolder { get; set; }

    /// <summary>Optional e-mail attachment (<see cref="NotificationAttachment"/>); erased once sent.</summary>
    public string? AttachmentFileName { get; set; }

    public string? AttachmentContentType { get; set; }

    public string? AttachmentContent { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}

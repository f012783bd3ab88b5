namespace Verbinding.Web.Features.Notifications;

/// <summary>
/// A message waiting to be sent to a citizen (outbox). Written in the same transaction as the change it reports,
/// so a reporter is told exactly when the change happened; a sender picks up <see cref="NotificationStatus.Pending"/> rows.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>E-mail address or phone number.</summary>
    public required string Recipient { get; set; }

    /// <summary>"nl" or "en".</summary>
    public required string Language { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>What the message is about, e.g. "Melding" and its reference: for support and deletion.</summary>
    public required string RelatedType { get; set; }

    public required string RelatedId { get; set; }

    public NotificationStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

public enum NotificationChannel
{
    Email = 0,
    Sms = 1,
}

public enum NotificationStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

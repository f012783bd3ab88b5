namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>A notification ready to go: decrypted recipient, rendered text. Lives only in memory during the send.</summary>
public sealed record OutgoingNotification(
    Guid Id, string IdempotencyKey, string? Recipient, string Language, RenderedNotification Content, NotificationAttachment? Attachment = null,
    EmailThreadHeaders? Thread = null);

/// <summary>One way to reach a citizen. Throw to fail the attempt; the dispatcher schedules the retry.</summary>
public interface INotificationChannel
{
    NotificationChannel Channel { get; }

    Task SendAsync(OutgoingNotification notification, CancellationToken ct);
}

/// <summary>SMS delivery. Only <see cref="LoggingSmsChannel"/> exists yet: a real provider registers its own implementation.</summary>
public interface ISmsChannel : INotificationChannel;

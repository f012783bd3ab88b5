using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Notifications;

public sealed record OutgoingNotification(
    NotificationChannel Channel, string Recipient, string Language, string Subject, string Body, string RelatedType, string RelatedId);

/// <summary>
/// Queues messages to citizens. The message is part of the caller's unit of work: it is stored by the caller's
/// <c>SaveChangesAsync</c> on the scoped <see cref="VerbindingDbContext"/>, or not at all. Sending is another component's job.
/// </summary>
public interface INotificationOutbox
{
    void Enqueue(OutgoingNotification message);
}

/// <summary>Writes each message as a <see cref="Notification"/> row with status Pending.</summary>
internal sealed class EfNotificationOutbox(VerbindingDbContext db, TimeProvider time) : INotificationOutbox
{
    public void Enqueue(OutgoingNotification message) => db.Add(new Notification
    {
        Channel = message.Channel,
        Recipient = message.Recipient,
        Language = message.Language,
        Subject = message.Subject,
        Body = message.Body,
        RelatedType = message.RelatedType,
        RelatedId = message.RelatedId,
        Status = NotificationStatus.Pending,
        CreatedAt = time.GetUtcNow(),
    });
}

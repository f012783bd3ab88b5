namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// In-portal notification: the portal shows the citizen's news from the feature's own data when they sign in,
/// so there is nothing to deliver; the row is marked sent to record that the citizen was notified this way.
/// </summary>
public sealed class PortalChannel : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Portal;

    public Task SendAsync(OutgoingNotification notification, CancellationToken ct) => Task.CompletedTask;
}

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// NOT A REAL SMS PROVIDER. The stand-in for Development and tests when no gateway is configured
/// (<see cref="SmsOptions"/>; Production refuses to start without one): it logs that an SMS would have been sent
/// (without the phone number or text) and reports success.
/// </summary>
public sealed class LoggingSmsChannel(ILogger<LoggingSmsChannel> logger) : ISmsChannel
{
    public NotificationChannel Channel => NotificationChannel.Sms;

    public Task SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(notification.Recipient))
        {
            throw new InvalidOperationException("An SMS notification has no phone number.");
        }
        logger.LogWarning("SMS {NotificationId} NOT sent: LoggingSmsChannel is a stub without an SMS provider ({Length} characters)",
            notification.Id, notification.Content.ShortText.Length);
        return Task.CompletedTask;
    }
}

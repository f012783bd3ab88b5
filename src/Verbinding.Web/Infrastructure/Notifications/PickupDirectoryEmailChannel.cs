using Microsoft.Extensions.Options;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Development without an SMTP server: each e-mail becomes an .eml file (open it in any mail program or text
/// editor). Never used in Production, where the options validator demands an SMTP host.
/// </summary>
public sealed class PickupDirectoryEmailChannel(IOptions<NotificationOptions> options, string directory, TimeProvider time, ILogger<PickupDirectoryEmailChannel> logger)
    : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public string Directory { get; } = directory;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        using var message = EmailMessageFactory.Create(notification, options.Value.Smtp);
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{notification.Id:N}.eml");
        await message.WriteToAsync(path, ct);
        logger.LogInformation("No SMTP host configured: e-mail {NotificationId} written to {Path} instead of sent", notification.Id, path);
    }
}

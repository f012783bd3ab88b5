namespace Verbinding.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<INotificationOutbox, EfNotificationOutbox>();
        return builder;
    }
}

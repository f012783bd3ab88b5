namespace Verbinding.Web.Features.Notifications;

public static class NotificationsAdminExtensions
{
    /// <summary>The staff page of failed notifications (the outbox itself is <c>AddNotifications</c> in Infrastructure).</summary>
    public static IHostApplicationBuilder AddNotificationsAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FailedNotifications>();
        return builder;
    }
}

using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Infrastructure.Notifications;

public static class NotificationsExtensions
{
    /// <summary>The outbox, the templates, the channels (e-mail, SMS through Notify or a logging stub, portal) and the background dispatcher.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddSingleton<RecipientProtector>();
        services.AddSingleton(sp => new NotificationRenderer(sp.GetRequiredService<IOptions<NotificationOptions>>().Value.PortalBaseUrl));
        services.AddScoped<INotificationOutbox, NotificationOutbox>();

        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton<INotificationChannel>(sp => CreateEmailChannel(sp, contentRoot));
        services.AddHttpClient(NotifySmsChannel.HttpClientName);
        services.AddSingleton<ISmsChannel>(sp => sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Sms.IsConfigured
            ? ActivatorUtilities.CreateInstance<NotifySmsChannel>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(NotifySmsChannel.HttpClientName))
            : ActivatorUtilities.CreateInstance<LoggingSmsChannel>(sp));
        services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<ISmsChannel>());
        services.AddSingleton<INotificationChannel, PortalChannel>();

        services.AddSingleton<NotificationDispatcher>();
        services.AddSingleton<Web.RequestActivity>();
        if (builder.Configuration.GetValue(NotificationOptions.Section + ":" + nameof(NotificationOptions.DispatcherEnabled), true))
        {
            services.AddHostedService<NotificationDispatcherService>();
        }
        return builder;
    }

    private static INotificationChannel CreateEmailChannel(IServiceProvider sp, string contentRoot)
    {
        var options = sp.GetRequiredService<IOptions<NotificationOptions>>();
        if (!string.IsNullOrWhiteSpace(options.Value.Smtp.Host))
        {
            return new SmtpEmailChannel(options);
        }
        var directory = string.IsNullOrWhiteSpace(options.Value.PickupDirectory)
            ? Path.Combine(RepositoryPaths.DefaultDataDirectory(contentRoot), "mail")
            : options.Value.PickupDirectory;
        var logger = sp.GetRequiredService<ILogger<PickupDirectoryEmailChannel>>();
        logger.LogWarning("No SMTP host configured (Notifications:Smtp:Host): e-mails are NOT sent but written as .eml files to {Directory}", directory);
        return new PickupDirectoryEmailChannel(options, directory, sp.GetRequiredService<TimeProvider>(), logger);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

/// <summary>Intent methods for outbox tests: enqueue as a feature would, dispatch as the background service would.</summary>
public static class NotificationsApp
{
    public const string PortalBaseUrl = "https://verbinding.test";

    /// <summary>An app that sends through <paramref name="smtp"/>, links to a fixed portal address, and gives up after <paramref name="maxAttempts"/>.</summary>
    public static Task<VerbindingApplication> StartAsync(TestSmtpServer smtp, TestDatabase? database = null, int maxAttempts = 8, int batchSize = 20) =>
        VerbindingApplication.StartAsync(s =>
        {
            smtp.Configure(s);
            s["Notifications:PortalBaseUrl"] = PortalBaseUrl;
            s["Notifications:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Notifications:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, database);

    public static NotificationRequest AangifteReceipt(string id, string email = "burger@example.nl", string language = "nl", string? eenheid = null) =>
        new($"aangifte-receipt:{id}", NotificationChannel.Email, email, language, NotificationTemplateIds.AangifteOntvangen,
            new Dictionary<string, string> { ["receiptNumber"] = $"AG-2026-{id}", ["link"] = $"/mijn/aangiftes/{id}" }, eenheid);

    public static async Task<bool> EnqueueAsync(this VerbindingApplication app, NotificationRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INotificationOutbox>().EnqueueAndSaveAsync(request);
    }

    public static Task<DispatchResult> DispatchAsync(this VerbindingApplication app) =>
        app.Services.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync();

    public static Task<OutboxNotification> NotificationAsync(this VerbindingApplication app, string key) =>
        app.WithDbAsync(db => db.Set<OutboxNotification>().AsNoTracking().SingleAsync(n => n.IdempotencyKey == key));

    /// <summary>Lets the backoff delay pass: the retry becomes due now.</summary>
    public static Task MakeDueAsync(this VerbindingApplication app, string key) =>
        app.WithDbAsync(db => db.Set<OutboxNotification>().Where(n => n.IdempotencyKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
}

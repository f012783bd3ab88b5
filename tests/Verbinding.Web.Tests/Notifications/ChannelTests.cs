using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

public sealed class ChannelTests
{
    private static NotificationRequest StatusUpdate(string key, NotificationChannel channel, string? recipient) =>
        new(key, channel, recipient, "nl", NotificationTemplateIds.AangifteStatus, new Dictionary<string, string> { ["link"] = "/mijn/aangiftes/9" });

    [Fact]
    public async Task Sms_and_portal_notifications_are_marked_sent_and_the_phone_number_is_erased()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        await app.EnqueueAsync(StatusUpdate("status:sms", NotificationChannel.Sms, "+31612345678"));
        await app.EnqueueAsync(StatusUpdate("status:portal", NotificationChannel.Portal, null));

        Assert.Equal(2, (await app.DispatchAsync()).Sent);
        var sms = await app.NotificationAsync("status:sms");
        Assert.Equal(NotificationStatus.Sent, sms.Status);
        Assert.Null(sms.ProtectedRecipient);
        Assert.Equal(NotificationStatus.Sent, (await app.NotificationAsync("status:portal")).Status);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_phone_number_that_is_not_one_is_refused_at_enqueue()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(StatusUpdate("status:bad-sms", NotificationChannel.Sms, "bel mij")));
        await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(StatusUpdate("status:bad-mail", NotificationChannel.Email, "not-an-address")));
    }

    [Fact]
    public async Task The_address_of_a_notification_dead_for_longer_than_the_retention_is_erased()
    {
        await using var smtp = TestSmtpServer.Reserve();
        await using var app = await NotificationsApp.StartAsync(smtp, maxAttempts: 1);
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("old-dead"));
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("new-dead"));
        Assert.Equal(2, (await app.DispatchAsync()).Dead);
        await app.WithDbAsync(db => db.Set<OutboxNotification>().Where(n => n.IdempotencyKey == "aangifte-receipt:old-dead")
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.NextAttemptAt, DateTimeOffset.UtcNow.AddDays(-31))));

        await app.DispatchAsync();
        Assert.Null((await app.NotificationAsync("aangifte-receipt:old-dead")).ProtectedRecipient);
        Assert.NotNull((await app.NotificationAsync("aangifte-receipt:new-dead")).ProtectedRecipient);
    }
}

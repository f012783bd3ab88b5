using System.Net;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

/// <summary>SMS messages leave through a Notify gateway (NotifyNL), signed with the service's key.</summary>
public sealed class SmsGatewayTests
{
    private static NotificationRequest StatusSms(string key, string phone) =>
        new(key, NotificationChannel.Sms, phone, "nl", NotificationTemplateIds.AangifteStatus, new Dictionary<string, string> { ["link"] = "/mijn/aangiftes/9" });

    private static Task<VerbindingApplication> StartAsync(FakeNotifyServer notify) => VerbindingApplication.StartAsync(s =>
    {
        s["Notifications:PortalBaseUrl"] = NotificationsApp.PortalBaseUrl;
        s["Notifications:Sms:BaseUrl"] = notify.BaseUrl;
        s["Notifications:Sms:ApiKey"] = FakeNotifyServer.ApiKey;
        s["Notifications:Sms:TemplateId"] = FakeNotifyServer.TemplateId;
    });

    [Fact]
    public async Task A_status_sms_goes_to_the_gateway_with_the_number_the_template_and_the_text()
    {
        await using var notify = await FakeNotifyServer.StartAsync();
        await using var app = await StartAsync(notify);
        await app.EnqueueAsync(StatusSms("status:sms-gateway", "+31612345678"));

        Assert.Equal(new DispatchResult(1, 1, 0, 0), await app.DispatchAsync());

        var sms = Assert.Single(notify.Sms);
        Assert.Equal("+31612345678", sms.GetProperty("phone_number").GetString());
        Assert.Equal(FakeNotifyServer.TemplateId, sms.GetProperty("template_id").GetString());
        Assert.Equal("status:sms-gateway", sms.GetProperty("reference").GetString());
        var text = sms.GetProperty("personalisation").GetProperty(NotifySmsChannel.TextPlaceholder).GetString();
        Assert.Contains("https://verbinding.test/mijn/aangiftes/9", text, StringComparison.Ordinal);
        var stored = await app.NotificationAsync("status:sms-gateway");
        Assert.Equal(NotificationStatus.Sent, stored.Status);
        Assert.Null(stored.ProtectedRecipient);
    }

    [Fact]
    public async Task A_refusal_by_the_gateway_is_retried_later_and_the_error_names_no_number()
    {
        await using var notify = await FakeNotifyServer.StartAsync();
        await using var app = await StartAsync(notify);
        await app.EnqueueAsync(StatusSms("status:sms-refused", "+31612345678"));
        notify.Refuse = HttpStatusCode.BadRequest;

        Assert.Equal(new DispatchResult(1, 0, 1, 0), await app.DispatchAsync());

        var failed = await app.NotificationAsync("status:sms-refused");
        Assert.Equal(NotificationStatus.Failed, failed.Status);
        Assert.Contains("400", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("612345678", failed.LastError, StringComparison.Ordinal);
        Assert.NotNull(failed.ProtectedRecipient); // kept for the retry

        notify.Refuse = null;
        await app.MakeDueAsync("status:sms-refused");
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        Assert.Single(notify.Sms);
    }

    [Fact]
    public void A_key_that_is_not_a_notify_key_is_refused_and_a_real_one_gives_the_service_id()
    {
        Assert.Throws<ArgumentException>(() => new NotifyApiKey("not-a-key"));
        Assert.Equal(FakeNotifyServer.ServiceId, new NotifyApiKey(FakeNotifyServer.ApiKey).ServiceId);
    }
}

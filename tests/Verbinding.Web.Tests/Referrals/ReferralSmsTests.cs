using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>A citizen without e-mail gives a mobile number on the consent page and hears about the referral by SMS.</summary>
public sealed class ReferralSmsTests
{
    [Fact]
    public async Task A_mobile_number_on_the_consent_page_brings_the_link_and_each_step_by_sms_naming_the_partner()
    {
        var sms = new RecordingSms();
        await using var app = await VerbindingApplication.StartAsync(s =>
        {
            MatrixFixture.HighRateLimits(s);
            s["Notifications:PortalBaseUrl"] = NotificationsApp.PortalBaseUrl;
            s["Referrals:Partners:slachtofferhulp:IntakeEmail"] = ReferralsApp.Intake;
        }, kestrel: true, services: s => s.Replace(ServiceDescriptor.Singleton<ISmsChannel>(sms)));
        using var client = app.CreateBrowserClient();
        var review = await (await client.PostFormAsync("/hulp/overdracht?partner=slachtofferhulp&bron=keuzehulp", new Dictionary<string, string>
        {
            ["partner"] = "slachtofferhulp", ["bron"] = "keuzehulp", ["Values[phone]"] = "0698765432",
        })).PageAsync();
        var confirmed = await client.SubmitAsync(review, "form[action*=Confirm]", [KeyValuePair.Create("Share", "phone"), KeyValuePair.Create("StatusPhone", "06 12345678")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var statusLink = NotificationsApp.PortalBaseUrl + confirmed.Headers.Location!.OriginalString.Split('?')[0];

        await app.DispatchAsync();
        var referral = (await app.WithDbAsync(db => db.Set<Referral>().SingleAsync())).Id;
        using var partner = app.CreateBrowserClient();
        var link = await app.PartnerLinkAsync(referral);
        await partner.SubmitAsync(await partner.GetPageAsync(link), "form[data-status=Accepted]", [], fallbackUrl: link);
        await app.DispatchAsync();

        Assert.All(sms.Sent, m => Assert.Equal("+31612345678", m.Recipient)); // as typed "06 12345678", sent in E.164
        Assert.Equal(2, sms.Sent.Count); // the link when made, then "accepted"
        var accepted = Assert.Single(sms.Sent, m => m.Content.ShortText.Contains("aangenomen", StringComparison.Ordinal));
        Assert.Contains("Slachtofferhulp Nederland", accepted.Content.ShortText);
        Assert.Contains(statusLink, accepted.Content.ShortText);
        Assert.DoesNotContain("0698765432", accepted.Content.ShortText);
    }

    private sealed class RecordingSms : ISmsChannel
    {
        private readonly ConcurrentQueue<OutgoingNotification> _sent = new();

        public IReadOnlyCollection<OutgoingNotification> Sent => _sent.ToArray();

        public NotificationChannel Channel => NotificationChannel.Sms;

        public Task SendAsync(OutgoingNotification notification, CancellationToken ct)
        {
            _sent.Enqueue(notification);
            return Task.CompletedTask;
        }
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>The citizen hears about each step of their referral: one message per step, the partner's name and their link, nothing they shared.</summary>
public sealed class ReferralStatusMessageTests
{
    private const string StatusAddress = "status@example.nl";

    [Fact]
    public async Task Accepted_then_contacted_each_send_the_citizen_one_message_with_the_partner_and_their_link_and_no_details()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await ReferralsApp.StartAsync(smtp);
        var created = await app.CreateWithStatusEmailAsync(StatusAddress, "nl");
        await app.DispatchAsync(); // the partner e-mail and the citizen's first message with the link
        var first = await app.PartnerLinkAsync(created.Referral!.Id);
        using var partner = app.CreateBrowserClient();
        var firstPage = await partner.GetPageAsync(first);

        // A double click: the second post finds a used link.
        var accepted = await partner.SubmitAsync(firstPage, "form[data-status=Accepted]", [], fallbackUrl: first);
        Assert.Equal(HttpStatusCode.Gone, (await partner.SubmitAsync(firstPage, "form[data-status=Accepted]", [], fallbackUrl: first)).StatusCode);
        await app.DispatchAsync();
        var acceptedMail = Assert.Single(await ToCitizenAsync(smtp, "aangenomen"));

        var next = (await accepted.PageAsync()).QuerySelector("[data-testid=next-link]")!.GetAttribute("href")!;
        await partner.PostFormAsync(next, new Dictionary<string, string> { ["Status"] = "ContactedCitizen" }, "form[data-status=ContactedCitizen]");
        await app.DispatchAsync();
        var contactMail = Assert.Single(await ToCitizenAsync(smtp, "contact met u gehad"));

        var link = NotificationsApp.PortalBaseUrl + ReferralService.CitizenLink(created.CitizenToken!);
        foreach (var mail in new[] { acceptedMail, contactMail })
        {
            Assert.Contains("Slachtofferhulp Nederland", mail.Subject + mail.TextBody);
            Assert.Contains(link, mail.TextBody);
            Assert.DoesNotContain("0612345678", mail.TextBody + mail.HtmlBody);
            Assert.DoesNotContain("Anna", mail.TextBody + mail.HtmlBody);
        }
        Assert.Contains("neemt binnenkort contact met u op", acceptedMail.TextBody);
        Assert.Equal(3, smtp.Messages.Count(m => m.To.ToString().Contains(StatusAddress))); // the link, accepted, contacted
    }

    [Fact]
    public async Task A_decline_set_by_staff_reaches_an_english_citizen_in_english_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await ReferralsApp.StartAsync(smtp);
        var created = await app.CreateWithStatusEmailAsync(StatusAddress, "en");
        var national = new StaffScope("staff-1", null, IsNational: true);

        Assert.Equal(StaffChange.Done, await app.StaffSetsAsync(national, created.Referral!.Id, ReferralStatus.Declined));
        Assert.Equal(StaffChange.NotAllowed, await app.StaffSetsAsync(national, created.Referral.Id, ReferralStatus.Declined));
        await app.DispatchAsync();

        var mail = Assert.Single(smtp.Messages, m => m.To.ToString().Contains(StatusAddress) && (m.Subject ?? "").Contains("will not take up"));
        Assert.Contains("Slachtofferhulp Nederland", mail.Subject);
        Assert.Contains(NotificationsApp.PortalBaseUrl + ReferralService.CitizenLink(created.CitizenToken!) + "?culture=en", mail.TextBody);
        Assert.DoesNotContain("0612345678", mail.TextBody);
    }

    private static async Task<List<MimeMessage>> ToCitizenAsync(TestSmtpServer smtp, string subject)
    {
        await smtp.WaitForMessageAsync(m => m.To.ToString().Contains(StatusAddress) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));
        return smtp.Messages.Where(m => m.To.ToString().Contains(StatusAddress) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)).ToList();
    }
}

internal static class ReferralFollowUpApp
{
    public static async Task<ReferralCreated> CreateWithStatusEmailAsync(this VerbindingApplication app, string statusEmail, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var values = new Dictionary<string, string?> { [ConsentItems.Phone] = "0612345678", [ConsentItems.Name] = "Anna de Vries" };
        return await scope.ServiceProvider.GetRequiredService<ReferralService>().CreateAsync(new ReferralRequest(
            "slachtofferhulp", ReferralSource.DecisionAid, null, null, null, null, values, [ConsentItems.Phone, ConsentItems.Name], statusEmail, language));
    }

    public static async Task<StaffChange> StaffSetsAsync(this VerbindingApplication app, StaffScope scope, Guid id, ReferralStatus status)
    {
        await using var services = app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<ReferralTracking>().StaffSetsAsync(scope, id, status);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>The citizen withdraws consent from their status page: confirm, withdraw, the partner is told, nothing more goes to the partner.</summary>
public sealed class ConsentWithdrawalTests
{
    private const string StatusAddress = "status@example.nl";

    [Fact]
    public async Task After_delivery_withdrawing_tells_the_partner_without_the_details_and_later_steps_send_the_partner_nothing()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await ReferralsApp.StartAsync(smtp);
        var created = await app.CreateWithStatusEmailAsync(StatusAddress, "nl");
        await app.DispatchAsync(); // the partner has the phone number and the name now
        var partnerLink = await app.PartnerLinkAsync(created.Referral!.Id);
        var statusUrl = ReferralService.CitizenLink(created.CitizenToken!);
        using var citizen = app.CreateBrowserClient();

        var confirm = await citizen.GetPageAsync((await citizen.GetPageAsync(statusUrl)).QuerySelector("[data-testid=withdraw-start]")!.GetAttribute("href")!);
        // Said honestly before the citizen confirms: the partner has the details and can only be asked to delete them.
        Assert.Contains("Slachtofferhulp Nederland heeft uw gegevens al ontvangen", confirm.QuerySelector("[data-testid=withdraw-partner]")!.TextContent);
        var posted = await citizen.SubmitAsync(confirm, "form[data-testid=withdraw-confirm]", []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await citizen.GetPageAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("gevraagd om ze te verwijderen", after.QuerySelector("[data-testid=withdrawn-partner]")!.TextContent);
        Assert.Equal("U heeft uw toestemming ingetrokken", after.QuerySelector("[data-testid=referral-status]")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("[data-testid=withdraw-start]"));

        await app.DispatchAsync();
        var toPartner = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains(ReferralsApp.Intake) && (m.Subject ?? "").Contains("ingetrokken"));
        Assert.Contains(created.Referral.Reference, toPartner.Subject);
        Assert.DoesNotContain("0612345678", toPartner.TextBody + toPartner.HtmlBody);
        Assert.DoesNotContain("Anna", toPartner.TextBody + toPartner.HtmlBody);
        var confirmation = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains(StatusAddress) && (m.Subject ?? "").Contains("ingetrokken"));
        Assert.Contains(NotificationsApp.PortalBaseUrl + statusUrl, confirmation.TextBody);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "referral.withdrawn"));
        Assert.Equal(created.Referral.Id.ToString(), audit.EntityId);

        // Neither the partner's link nor staff can move the referral on, so nothing more goes to the partner.
        var toPartnerBefore = smtp.Messages.Count(m => m.To.ToString().Contains(ReferralsApp.Intake));
        using var partner = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Gone, (await partner.GetAsync(partnerLink)).StatusCode);
        Assert.Equal(StaffChange.NotAllowed, await app.StaffSetsAsync(new StaffScope("staff-1", null, IsNational: true), created.Referral.Id, ReferralStatus.Accepted));
        await app.DispatchAsync();
        Assert.Equal(toPartnerBefore, smtp.Messages.Count(m => m.To.ToString().Contains(ReferralsApp.Intake)));
        Assert.Equal(ReferralStatus.Withdrawn, (await app.WithDbAsync(db => db.Set<Referral>().SingleAsync())).Status);
    }

    [Fact]
    public async Task Withdrawn_before_delivery_the_partner_never_receives_the_details()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await ReferralsApp.StartAsync(smtp);
        var created = await app.CreateWithStatusEmailAsync(StatusAddress, "nl");
        var statusUrl = ReferralService.CitizenLink(created.CitizenToken!);
        using var citizen = app.CreateBrowserClient();

        var confirm = await citizen.GetPageAsync(statusUrl + "?intrekken=true");
        Assert.Contains("nog niet naar Slachtofferhulp Nederland gestuurd", confirm.QuerySelector("[data-testid=withdraw-partner]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync(confirm, "form[data-testid=withdraw-confirm]", [])).StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<Referral>().SingleAsync());
        Assert.Null(stored.ProtectedPayload);
        Assert.Null(stored.ProtectedRecipient); // the confirmation carries its own copy; nothing else will be sent

        await app.DispatchAsync();
        await smtp.WaitForMessageAsync(m => m.To.ToString().Contains(StatusAddress) && (m.Subject ?? "").Contains("ingetrokken"));
        Assert.DoesNotContain(smtp.Messages, m => m.To.ToString().Contains(ReferralsApp.Intake));
        Assert.Contains("nog niet doorgestuurd", (await citizen.GetPageAsync(statusUrl)).QuerySelector("[data-testid=withdrawn-partner]")!.TextContent);
    }

    [Fact]
    public async Task Only_the_referrals_own_link_withdraws_it_and_only_with_the_forms_antiforgery_token()
    {
        await using var app = await ReferralsApp.StartAsync();
        var mine = await app.CreateWithStatusEmailAsync(StatusAddress, "nl");
        var theirs = await app.CreateWithStatusEmailAsync("other@example.nl", "nl");
        using var other = app.CreateBrowserClient();
        var theirConfirm = await other.GetPageAsync(ReferralService.CitizenLink(theirs.CitizenToken!) + "?intrekken=true");
        var token = theirConfirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var guessed = ReferralTokens.NewToken();
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(ReferralService.CitizenLink(guessed) + "?handler=Withdraw",
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]))).StatusCode);
        using var stranger = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.PostAsync(ReferralService.CitizenLink(mine.CitizenToken!) + "?handler=Withdraw",
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", "forged")]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(theirConfirm, "form[data-testid=withdraw-confirm]", [])).StatusCode);

        var statuses = await app.WithDbAsync(db => db.Set<Referral>().ToDictionaryAsync(r => r.Id, r => r.Status));
        Assert.Equal(ReferralStatus.Sent, statuses[mine.Referral!.Id]);
        Assert.Equal(ReferralStatus.Withdrawn, statuses[theirs.Referral!.Id]);
    }

    [Fact]
    public async Task A_signed_in_citizen_withdraws_from_their_own_referral_page()
    {
        const string bsn = "999991772";
        await using var app = await ReferralsApp.StartAsync();
        var created = await app.CreateAsync(bsn: bsn);
        using var citizen = await app.SignInAsCitizenAsync(bsn, "Petra de Boer");

        var start = (await citizen.GetPageAsync($"/mijn/verwijzingen/{created.Referral!.Id}")).QuerySelector("[data-testid=withdraw-start]")!.GetAttribute("href")!;
        var confirm = await citizen.GetPageAsync(start);
        var posted = await citizen.SubmitAsync(confirm, "form[data-testid=withdraw-confirm]", []);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.NotNull((await citizen.GetPageAsync(posted.Headers.Location!.OriginalString)).QuerySelector("[data-testid=withdrawn]"));
        var mine = await citizen.GetPageAsync($"/mijn/verwijzingen/{created.Referral.Id}");
        Assert.Equal("U heeft uw toestemming ingetrokken", mine.QuerySelector("[data-testid=referral-status]")!.TextContent.Trim());
        Assert.Null(mine.QuerySelector("[data-testid=withdraw-start]"));
    }
}

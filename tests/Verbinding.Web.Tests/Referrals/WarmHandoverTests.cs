using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>Issue 6, warm handover: consent per item, the partner e-mail through the outbox, status links, who sees what.</summary>
public sealed class WarmHandoverTests
{
    private const string Start = "/hulp/overdracht?partner=slachtofferhulp&bron=keuzehulp";

    [Fact]
    public async Task With_only_the_phone_ticked_the_partner_email_holds_the_phone_and_not_the_name_or_email_address()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await ReferralsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();

        var review = await (await client.PostFormAsync(Start, new Dictionary<string, string>
        {
            ["partner"] = "slachtofferhulp", ["bron"] = "keuzehulp",
            ["Values[name]"] = "Anna de Vries", ["Values[phone]"] = "0612345678", ["Values[email]"] = "anna@example.nl",
        })).PageAsync();
        // What the citizen typed for this purpose is ticked beforehand; the citizen unticks name and e-mail.
        Assert.Equal(["name", "phone", "email"], review.QuerySelectorAll("input[name=Share][checked]").Select(i => i.GetAttribute("value")!));
        Assert.Contains("0612345678", review.QuerySelector("label[for=s-phone]")!.TextContent);
        var confirmed = await client.SubmitAsync(review, "form[action*=Confirm]",
            [KeyValuePair.Create("Share", "phone"), KeyValuePair.Create("StatusEmail", "status@example.nl")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var statusPage = await client.GetPageAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Equal("Doorgestuurd", statusPage.QuerySelector("[data-testid=referral-status]")!.TextContent.Trim());

        Assert.Equal(2, (await app.DispatchAsync()).Sent);
        // The citizen's own e-mail: only the status link, which is the page just shown.
        var own = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains("status@example.nl"));
        Assert.Contains(NotificationsApp.PortalBaseUrl + confirmed.Headers.Location!.OriginalString.Split('?')[0], own.TextBody);
        Assert.DoesNotContain("0612345678", own.TextBody);
        var mail = await smtp.WaitForMessageAsync(m => m.To.ToString().Contains(ReferralsApp.Intake));
        var body = mail.TextBody ?? "";
        Assert.Contains("0612345678", body);
        Assert.DoesNotContain("anna@example.nl", body);
        Assert.DoesNotContain("Anna", body);
        using var attachment = new MemoryStream();
        await ((MimeKit.MimePart)mail.Attachments.Single()).Content!.DecodeToAsync(attachment);
        var json = System.Text.Encoding.UTF8.GetString(attachment.ToArray());
        Assert.Contains("verbinding.referral.v1", json);
        Assert.Contains("0612345678", json);
        Assert.DoesNotContain("anna", json, StringComparison.OrdinalIgnoreCase);

        var referral = await app.WithDbAsync(db => db.Set<Referral>().SingleAsync());
        Assert.Equal("phone", referral.SharedItems);
        Assert.Null(referral.ProtectedPayload); // the values are not kept once the partner has them
        var consent = await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "referral.consent"));
        Assert.Contains("[phone]", consent.Purpose);
        Assert.Contains("channel web", consent.Purpose);
    }

    [Fact]
    public async Task Without_consent_nothing_is_sent_and_the_plain_referral_is_offered()
    {
        await using var app = await ReferralsApp.StartAsync();
        using var client = app.CreateBrowserClient();
        var review = await (await client.PostFormAsync(Start, new Dictionary<string, string>
        {
            ["partner"] = "slachtofferhulp", ["bron"] = "keuzehulp", ["Values[phone]"] = "0612345678",
        })).PageAsync();

        // The phone number was typed, so it is ticked beforehand: the citizen unticks it.
        var response = await client.SubmitAsync(review, "form[action*=Confirm]", [KeyValuePair.Create("Share", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.PageAsync();

        Assert.Contains("Zonder uw toestemming geven wij niets door", refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Contains("0900-0101", refused.QuerySelector("[data-testid=plain-referral]")!.TextContent);
        Assert.Equal(0, await app.ReferralCountAsync());
        Assert.Equal(0, await app.PartnerNotificationCountAsync());
    }

    [Fact]
    public async Task A_partner_without_warm_handover_is_refused()
    {
        await using var app = await ReferralsApp.StartAsync();
        using var client = app.CreateBrowserClient();

        var page = await client.GetPageAsync("/hulp/overdracht?partner=fraudehelpdesk");
        Assert.NotNull(page.QuerySelector("[data-testid=not-warm]"));
        Assert.Null(page.QuerySelector("form[action*=Review]"));
        Assert.Equal(ReferralRefusal.NotWarmPartner, (await app.CreateAsync("fraudehelpdesk")).Refusal);
        Assert.Equal(0, await app.ReferralCountAsync());
    }

    [Fact]
    public async Task The_partner_link_accepts_then_reports_contact_and_a_used_link_is_refused()
    {
        await using var app = await ReferralsApp.StartAsync();
        var referral = (await app.CreateAsync()).Referral!;
        var first = await app.PartnerLinkAsync(referral.Id);
        using var partner = app.CreateBrowserClient();
        var firstPage = await partner.GetPageAsync(first);

        var accepted = await partner.SubmitAsync(firstPage, "form[data-status=Accepted]", [], fallbackUrl: first);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var next = (await accepted.PageAsync()).QuerySelector("[data-testid=next-link]")!.GetAttribute("href")!;
        var contacted = await partner.PostFormAsync(next, new Dictionary<string, string> { ["Status"] = "ContactedCitizen" }, "form[data-status=ContactedCitizen]");
        Assert.Equal(HttpStatusCode.OK, contacted.StatusCode);

        Assert.Equal(HttpStatusCode.Gone, (await partner.GetAsync(first)).StatusCode);
        var reuse = await partner.SubmitAsync(firstPage, "form[data-status=Declined]", [], fallbackUrl: first);
        Assert.Equal(HttpStatusCode.Gone, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await partner.GetAsync(next)).StatusCode);

        var stored = await app.WithDbAsync(db => db.Set<Referral>().Include(r => r.Changes).SingleAsync());
        Assert.Equal(ReferralStatus.ContactedCitizen, stored.Status);
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.ContactedCitizen], stored.Changes.OrderBy(c => c.At).Select(c => c.Status));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "referral.status")));
    }

    [Fact]
    public async Task The_referral_shows_on_the_case_timeline_and_another_citizen_cannot_see_it()
    {
        const string bsn = "999991772";
        await using var app = await ReferralsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(bsn, "Petra de Boer");
        using var citizen = await app.SignInAsCitizenAsync(bsn, "Petra de Boer");
        var start = (await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}")).QuerySelector("[data-testid=offer-handover]")!.GetAttribute("href")!;
        Assert.Equal($"/hulp/overdracht?partner=slachtofferhulp&bron=aangifte&ref={aangifte.Id}", start);

        var details = await citizen.GetPageAsync(start);
        Assert.Equal("Petra de Boer", ((AngleSharp.Html.Dom.IHtmlInputElement)details.QuerySelector("#v-name")!).Value);
        var review = await (await citizen.SubmitAsync(details, "form[action*=Review]", [
            KeyValuePair.Create("Values[name]", "Petra de Boer"), KeyValuePair.Create("Values[phone]", "0687654321")])).PageAsync();
        // Known from DigiD and the aangifte: shown with its value, not ticked. Typed here: ticked.
        Assert.Equal(["phone"], review.QuerySelectorAll("input[name=Share][checked]").Select(i => i.GetAttribute("value")!));
        Assert.NotNull(review.QuerySelector("input[name=Share][value=caseReference]"));
        var confirmed = await citizen.SubmitAsync(review, "form[action*=Confirm]", [KeyValuePair.Create("Share", "phone"), KeyValuePair.Create("Share", "caseReference")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var referral = await app.WithDbAsync(db => db.Set<Referral>().SingleAsync());
        Assert.Equal(aangifte.Id, referral.AangifteId);
        Assert.Equal(VictimRightsApp.Unit, referral.EenheidId);
        var timeline = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}");
        Assert.Equal("Doorgestuurd", timeline.QuerySelector("[data-testid=referral] [data-testid=referral-status]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/mijn/verwijzingen/{referral.Id}")).StatusCode);

        using var other = await app.SignInAsCitizenAsync("999990032", "Karel Smit");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mijn/verwijzingen/{referral.Id}")).StatusCode);
        Assert.Empty((await other.GetPageAsync($"/hulp/overdracht?partner=slachtofferhulp&bron=aangifte&ref={aangifte.Id}")).QuerySelectorAll("#v-caseReference"));
    }
}

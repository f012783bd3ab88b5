using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed class CitizenTimelineTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;

    private static Dictionary<string, string> PhoneCall(string phone, string summary = "Belde over zijn gestolen fiets; uitgelegd hoe online aangifte werkt.") => new()
    {
        ["Channel"] = ContactChannels.Phone,
        ["Topic"] = "aangifte-fietsendiefstal",
        ["Summary"] = summary,
        ["Outcome"] = "beantwoord",
        ["Phone"] = phone,
    };

    /// <summary>"316xxxxxxxx" as a colleague types it: "06-xxxxxxxx".</summary>
    private static string National(WhatsAppPhone phone) => "06-" + phone.Number[3..];

    [Fact]
    public async Task Phone_call_logged_by_staff_appears_in_the_timeline_with_the_WhatsApp_conversation()
    {
        var phone = new WhatsAppPhone(_app, _app.CreateClient());
        await phone.SendAsync("Mijn fiets is gestolen bij het station");
        var agent = await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland");
        using var client = await _app.SignInAsStaffAsync(agent);

        var saved = await client.PostFormAsync("/medewerker/contact-vastleggen", PhoneCall(National(phone)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var timelineUrl = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/medewerker/burgers/", timelineUrl, StringComparison.Ordinal);
        var page = await client.GetPageAsync(timelineUrl);
        var channels = page.QuerySelectorAll("[data-testid=timeline] > li").Select(li => li.GetAttribute("data-channel")).ToList();
        Assert.Equal(["telefoon", "whatsapp"], channels); // newest first
        Assert.NotNull(page.QuerySelector("[data-testid=timeline] svg.channel-icon"));
        Assert.Contains("uitgelegd hoe online aangifte werkt", page.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(phone.Number[3..], page.Body!.TextContent, StringComparison.Ordinal); // only a masked hint
        var citizenId = timelineUrl.Split('/')[^1];
        Assert.True(await _app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "read" && a.EntityId == citizenId)));
    }

    [Fact]
    public async Task Search_by_phone_number_in_any_format_opens_the_citizens_timeline()
    {
        var phone = new WhatsAppPhone(_app, _app.CreateClient());
        await phone.SendAsync("Hallo");
        var agent = await _app.CreateStaffAsync(StaffRoles.Intake, "midden-nederland");
        using var client = await _app.SignInAsStaffAsync(agent);

        var found = await client.GetAsync($"/medewerker/burgers?zoek={Uri.EscapeDataString("+" + phone.Number)}");
        var missing = await client.GetPageAsync("/medewerker/burgers?zoek=0699999999");

        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.StartsWith("/medewerker/burgers/", found.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(missing.QuerySelector("[data-testid=not-found]"));
    }

    [Fact]
    public async Task Colleague_of_another_unit_does_not_see_a_units_logged_contact()
    {
        var phone = new WhatsAppPhone(_app, _app.CreateClient());
        await phone.SendAsync("Hallo");
        var limburg = await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "limburg");
        using (var limburgClient = await _app.SignInAsStaffAsync(limburg))
            await limburgClient.PostFormAsync("/medewerker/contact-vastleggen", PhoneCall(National(phone), "Gesprek in Limburg"));
        var utrecht = await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland");
        using var client = await _app.SignInAsStaffAsync(utrecht);

        var found = await client.GetAsync($"/medewerker/burgers?zoek={phone.Number}");
        var page = await client.GetPageAsync(found.Headers.Location!.OriginalString);

        var channels = page.QuerySelectorAll("[data-testid=timeline] > li").Select(li => li.GetAttribute("data-channel")).ToList();
        Assert.Equal(["whatsapp"], channels); // the national WhatsApp queue is shared; Limburg's call is not
    }

    [Fact]
    public async Task Anonymous_contact_is_logged_without_a_citizen()
    {
        var agent = await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "rotterdam");
        using var client = await _app.SignInAsStaffAsync(agent);
        var summary = $"Anonieme vraag over vuurwerkoverlast {Guid.NewGuid():N}";

        var saved = await client.PostFormAsync("/medewerker/contact-vastleggen", new Dictionary<string, string>
        {
            ["Channel"] = ContactChannels.Counter, ["Topic"] = "melding-overlast", ["Summary"] = summary, ["Outcome"] = "doorverwezen",
        });

        Assert.Equal("/medewerker/contact-vastleggen", saved.Headers.Location!.OriginalString);
        var contact = await _app.WithDbAsync(db => db.Set<LoggedContact>().SingleAsync(c => c.Summary == summary));
        Assert.Null(contact.CitizenId);
        Assert.Equal("rotterdam", contact.EenheidId);
    }

    [Fact]
    public async Task Invalid_phone_number_is_refused_with_a_message()
    {
        var agent = await _app.CreateStaffAsync(StaffRoles.ServiceAgent);
        using var client = await _app.SignInAsStaffAsync(agent);

        var response = await client.PostFormAsync("/medewerker/contact-vastleggen", PhoneCall("06-123"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("telefoonnummer klopt niet", (await response.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysts_and_anonymous_visitors_cannot_open_the_contact_pages()
    {
        var analyst = await _app.CreateStaffAsync(StaffRoles.Analyst);
        using var client = await _app.SignInAsStaffAsync(analyst);
        using var anonymous = _app.CreateBrowserClient();

        foreach (var url in new[] { "/medewerker/contact-vastleggen", "/medewerker/burgers", $"/medewerker/burgers/{Guid.NewGuid()}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
            Assert.Contains("/medewerker/inloggen", (await anonymous.GetAsync(url)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Simulator_sends_a_signed_message_and_shows_Wouts_reply()
    {
        using var browser = _app.CreateBrowserClient();
        var number = "+316" + Random.Shared.Next(10_000_000, 99_999_999);

        var sent = await browser.PostFormAsync($"/dev/whatsapp?nummer={Uri.EscapeDataString(number)}",
            new Dictionary<string, string> { ["nummer"] = number, ["Text"] = "Mijn fiets is gestolen" });
        var page = await browser.GetPageAsync(sent.Headers.Location!.OriginalString);

        var directions = page.QuerySelectorAll("[data-testid=thread] > li").Select(li => li.GetAttribute("data-direction")).ToList();
        Assert.Equal("in", directions[0]);
        Assert.Contains("out", directions);
    }
}

using System.Net;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Privacy;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Issue 7, cases: one case per aangifte, staff group a citizen's items in it, and the citizen follows it without DigiD.</summary>
public sealed class CaseFileTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";
    private const string Unit = VictimRightsApp.Unit;

    [Fact]
    public async Task An_aangifte_submitted_twice_gets_exactly_one_case_and_one_access_email_without_its_content()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);

        var file = Assert.Single(await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString()));
        Assert.Matches(@"^ZK-\d{4}-\d{6}$", file.Number);
        Assert.Equal(Unit, file.EenheidId);
        var link = Assert.Single(file.Links);
        Assert.Equal((CaseItemTypes.Aangifte, aangifte.Id.ToString()), (link.ItemType, link.ItemId));

        var mail = Assert.Single(await app.AccessMailsAsync());
        var model = mail.Model();
        Assert.Equal(["caseNumber", "code", "link"], model.Keys.Order());
        Assert.Equal(file.Number, model["caseNumber"]);
        Assert.Equal("/zaak", model["link"]);
        Assert.Equal(NotificationChannel.Email, mail.Channel);
        var rendered = new NotificationRenderer("https://politie.example").Render(mail.TemplateId, mail.Language, model);
        Assert.Contains(file.Number, rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains(model["code"], rendered.TextBody, StringComparison.Ordinal);
        foreach (var content in new[] { aangifte.Description, Name, aangifte.ReceiptNumber, "fiets" })
        {
            Assert.DoesNotContain(content, rendered.TextBody + rendered.Subject, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Staff_link_a_phone_call_and_a_melding_and_the_case_timeline_shows_all_three_newest_first()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;
        var meldingRef = await app.SubmitMeldingAsync(await app.CitizenIdAsync(Bsn), "Iemand probeert steeds fietsen open te breken.", "petra@example.nl");
        var contactId = await app.LogPhoneCallAsync(Bsn, Unit, "Belde over haar gestolen fiets, wil weten hoe het staat.");

        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, Unit));
        var url = $"/medewerker/zaken/{number}";
        var picker = (await agent.GetPageAsync(url)).QuerySelectorAll("[data-testid=picker] li");
        Assert.Equal(["contact", "melding"], picker.Select(li => li.GetAttribute("data-type")!));
        foreach (var item in picker)
        {
            var linked = await agent.PostFormAsync(url, new Dictionary<string, string>
            {
                ["ItemType"] = item.GetAttribute("data-type")!, ["ItemId"] = item.GetAttribute("data-id")!,
            }, "form[action*='handler=Link']");
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        }

        var page = await agent.GetPageAsync(url);
        Assert.Equal(["contact", "melding", "aangifte"], page.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-type")!));
        Assert.Equal(contactId.ToString(), page.QuerySelector("[data-testid=timeline] li")!.GetAttribute("data-id"));
        Assert.Contains(meldingRef, page.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/medewerker/intake/{aangifte.Id}']"));
        Assert.NotNull(page.QuerySelector("[data-testid=picker-empty]"));

        // Removing the call takes it out again; the aangifte the case was opened from cannot be removed.
        await agent.PostFormAsync(url, new Dictionary<string, string> { ["ItemType"] = "contact", ["ItemId"] = contactId.ToString() }, "form[action*='handler=Unlink']");
        Assert.Equal(["melding", "aangifte"], (await agent.GetPageAsync(url)).QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-type")!));
    }

    [Fact]
    public async Task Staff_add_the_citizens_appointment_by_its_number_but_not_someone_elses()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;
        await app.LogPhoneCallAsync(Bsn, Unit, "Wil een afspraak maken over haar fiets.", email: "petra@example.nl");
        await app.AddAppointmentAsync("A-2026-000101", Unit, "Petra@Example.nl");
        await app.AddAppointmentAsync("A-2026-000102", Unit, "iemand.anders@example.nl");

        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, Unit));
        var url = $"/medewerker/zaken/{number}";
        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Reference"] = "a-2026-000101" }, "form[action*='handler=LinkReference']");
        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Reference"] = "A-2026-000102" }, "form[action*='handler=LinkReference']");

        var page = await agent.GetPageAsync(url);
        Assert.Equal(["appointment", "aangifte"], page.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-type")!));
        Assert.Contains("A-2026-000101", page.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dit hoort bij een andere burger", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_unit_get_404_for_the_case_and_do_not_see_it_in_their_list()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;

        using var other = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Wijkagent, VictimRightsApp.OtherUnit));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/medewerker/zaken/{number}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.NotNull((await other.GetPageAsync("/medewerker/zaken")).QuerySelector("[data-testid=empty]"));

        using var own = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Wijkagent, Unit));
        Assert.NotNull((await own.GetPageAsync("/medewerker/zaken")).QuerySelector($"[data-case='{number}']"));

        // The aangifte's own intake page names its case.
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, Unit));
        var intakePage = await intake.GetPageAsync($"/medewerker/intake/{aangifte.Id}");
        Assert.NotNull(intakePage.QuerySelector($"[data-testid=item-cases] a[href='/medewerker/zaken/{number}']"));
    }

    [Fact]
    public async Task The_right_code_shows_the_status_and_a_wrong_code_or_another_number_shows_only_the_generic_error()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        var other = await app.FileTwiceAsync("999990032", "Anna Aalders");
        var mails = (await app.AccessMailsAsync()).Select(m => m.Model()).ToDictionary(m => m["caseNumber"], m => m["code"]);
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;
        var otherNumber = (await app.CasesOfAsync(CaseItemTypes.Aangifte, other.Id.ToString())).Single().Number;

        var page = await app.OpenWithCodeAsync(number.ToLowerInvariant(), mails[number].Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal("Ontvangen", page.QuerySelector("[data-testid=case-status]")!.TextContent.Trim());
        Assert.Contains("Een medewerker gaat ernaar kijken", page.QuerySelector("[data-testid=case-explanation]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["aangifte"], page.QuerySelectorAll("[data-testid=case-timeline] li").Select(li => li.GetAttribute("data-type")!));
        Assert.DoesNotContain(aangifte.Description, page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var wrongCode = await app.OpenWithCodeAsync(number, mails[otherNumber]);
        var unknown = await app.OpenWithCodeAsync("ZK-2026-999999", mails[number]);
        foreach (var failed in new[] { wrongCode, unknown })
        {
            Assert.Null(failed.QuerySelector("[data-testid=case]"));
            Assert.Equal(
                "Wij kunnen geen zaak vinden met dit nummer en deze code. Controleer wat u heeft ingevuld.",
                failed.QuerySelector("[data-testid=access-error]")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Staff_open_a_case_from_a_phone_call_and_the_code_goes_to_the_given_address_only()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var contactId = await app.LogPhoneCallAsync(Bsn, Unit, "Wordt lastiggevallen door een ex-partner.");
        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, Unit));

        var opened = await agent.PostFormAsync($"/medewerker/zaken/openen?type=contact&id={contactId}",
            new Dictionary<string, string> { ["Type"] = "contact", ["Id"] = contactId.ToString(), ["Subject"] = "Belaging", ["Email"] = "petra@example.nl" });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var file = Assert.Single(await app.CasesOfAsync(CaseItemTypes.Contact, contactId.ToString()));
        Assert.Equal($"/medewerker/zaken/{file.Number}", opened.Headers.Location!.OriginalString);

        // Opening again (a double click) finds the same case and sends nothing more.
        await agent.PostFormAsync($"/medewerker/zaken/openen?type=contact&id={contactId}",
            new Dictionary<string, string> { ["Type"] = "contact", ["Id"] = contactId.ToString(), ["Subject"] = "Belaging", ["Email"] = "petra@example.nl" });
        Assert.Single(await app.CasesOfAsync(CaseItemTypes.Contact, contactId.ToString()));
        var mail = Assert.Single(await app.AccessMailsAsync());
        Assert.DoesNotContain("Belaging", mail.ModelJson, StringComparison.Ordinal);
        Assert.DoesNotContain("ex-partner", mail.ModelJson, StringComparison.Ordinal);
        var page = await app.OpenWithCodeAsync(file.Number, mail.Model()["code"]);
        Assert.Equal("Ontvangen", page.QuerySelector("[data-testid=case-status]")!.TextContent.Trim());
        Assert.DoesNotContain("Belaging", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Agent", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_list_pages_by_twenty_and_filters_on_status()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 23; i++)
            {
                db.Add(new CaseFile
                {
                    Id = Guid.NewGuid(), Number = CaseNumbers.Format(2026, 900000 + i), AccessCodeHash = new string('a', 64), Title = $"Zaak {i}",
                    EenheidId = i == 23 ? VictimRightsApp.OtherUnit : Unit, Status = i <= 2 ? CaseStatus.Afgesloten : CaseStatus.Ontvangen,
                    OriginType = CaseItemTypes.Contact, OriginId = Guid.NewGuid().ToString(), CreatedAt = start.AddHours(i), CreatedBy = "test",
                });
            }
            return await db.SaveChangesAsync();
        });
        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, Unit));

        var first = await agent.GetPageAsync("/medewerker/zaken");
        Assert.Equal(20, first.QuerySelectorAll("[data-case]").Length);
        Assert.Equal("ZK-2026-900022", first.QuerySelector("[data-case]")!.GetAttribute("data-case"));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await agent.GetPageAsync(next);
        Assert.Equal(["ZK-2026-900002", "ZK-2026-900001"], second.QuerySelectorAll("[data-case]").Select(r => r.GetAttribute("data-case")!));
        Assert.Null(second.QuerySelector("a[rel=next]"));

        var closed = await agent.GetPageAsync("/medewerker/zaken?Status=Afgesloten");
        Assert.Equal(2, closed.QuerySelectorAll("[data-case]").Length);
        Assert.Null(closed.QuerySelector("a[rel=next]"));
    }
}

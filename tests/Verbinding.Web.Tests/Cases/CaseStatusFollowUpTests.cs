using Microsoft.EntityFrameworkCore;
using Verbinding.Calendar;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Issue 7 follow-up: a case's status change reaches the citizen once, without content, and moves the case's clock.</summary>
public sealed class CaseStatusFollowUpTests
{
    private const string Bsn = "999991772";
    private const string Unit = VictimRightsApp.Unit;
    private const string Email = "petra@example.nl";
    private const string StatusSubject = "Er is nieuws over uw zaak";

    [Fact]
    public async Task More_information_needed_mails_the_citizen_once_with_number_and_link_and_nothing_about_the_matter()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await CaseFollowUpApp.StartAsync(smtp);
        using var staff = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, Unit));
        var file = await app.OpenFromPhoneCallAsync(staff, Bsn, Unit, Email);
        var code = (await app.AccessMailsAsync()).Single().Model()["code"]; // erased from the outbox once sent

        await staff.PostStatusAsync(file.Number, "InformatieNodig");
        await staff.PostStatusAsync(file.Number, "InformatieNodig"); // the same status again is no change
        await app.DispatchAsync();
        var mail = await smtp.WaitForMessageAsync(m => m.Subject?.StartsWith(StatusSubject, StringComparison.Ordinal) == true);
        await app.DispatchAsync();

        Assert.Single(smtp.Messages, m => m.Subject?.StartsWith(StatusSubject, StringComparison.Ordinal) == true);
        Assert.Equal(Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains(file.Number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(file.Number, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(NotificationsApp.PortalBaseUrl + "/zaak", mail.TextBody, StringComparison.Ordinal);
        foreach (var content in new[] { "Belaging", "ex-partner", "informatie nodig", "Petra" })
        {
            Assert.DoesNotContain(content, mail.Subject + mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }

        // Behind the link: the status, what it means and what happens next.
        var page = await app.OpenWithCodeAsync(file.Number, code);
        Assert.Equal("Wij hebben informatie van u nodig", page.QuerySelector("[data-testid=case-status]")!.TextContent.Trim());
        Assert.Contains("Wij wachten op uw antwoord", page.QuerySelector("[data-testid=case-next]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_from_an_aangifte_tells_the_citizen_by_their_aangifte_preference_links_to_Mijn_zaken_and_has_no_clock_of_its_own()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await CaseFollowUpApp.StartAsync(smtp);
        var aangifte = await app.FileTwiceAsync(Bsn, "Petra de Boer");
        var file = Assert.Single(await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString()));
        using var staff = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, Unit));

        await staff.PostStatusAsync(file.Number, "InBehandeling");

        var sent = Assert.Single(await app.WithDbAsync(db =>
            db.Set<OutboxNotification>().AsNoTracking().Where(n => n.TemplateId == NotificationTemplateIds.ZaakStatus).ToListAsync()));
        Assert.Equal(NotificationChannel.Email, sent.Channel);
        Assert.Equal("/mijn/zaken", sent.Model()["link"]);
        await app.DispatchAsync();
        var mail = await smtp.WaitForMessageAsync(m => m.Subject?.StartsWith(StatusSubject, StringComparison.Ordinal) == true);
        Assert.Equal("jan@example.nl", mail.To.Mailboxes.Single().Address); // the aangifte's contact preference: e-mail
        Assert.Null(file.ClockId);
        Assert.Null((await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().ClockId);

        using var citizen = await app.SignInAsCitizenAsync(Bsn, "Petra de Boer");
        var row = (await citizen.GetPageAsync("/mijn/zaken")).QuerySelector($"[data-testid=my-cases] [data-case='{file.Number}']")!;
        Assert.Contains("In behandeling", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wij laten het u weten als er iets verandert", row.QuerySelector("[data-testid=case-next]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_clock_pauses_while_waiting_for_the_citizen_resumes_and_stops_at_closing()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await CaseFollowUpApp.StartAsync(smtp);
        using var staff = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, Unit));
        var file = await app.OpenFromPhoneCallAsync(staff, Bsn, Unit, Email);
        var started = await app.ClockOfAsync(file.Number);
        Assert.Equal((ClockState.Running, Unit, "case-handling"), (started.State, started.EenheidId, started.ServiceLevelKey));
        Assert.NotNull(started.Due);
        var page = await staff.GetPageAsync($"/medewerker/zaken/{file.Number}");
        Assert.Equal("Running", page.QuerySelector("[data-testid=clock] [data-state]")!.GetAttribute("data-state"));

        await staff.PostStatusAsync(file.Number, "InformatieNodig");
        Assert.Equal(ClockState.Paused, (await app.ClockOfAsync(file.Number)).State);
        page = await staff.GetPageAsync($"/medewerker/zaken/{file.Number}");
        Assert.Contains("wachten op de burger", page.QuerySelector("[data-testid=clock]")!.TextContent, StringComparison.Ordinal);

        await staff.PostStatusAsync(file.Number, "InBehandeling");
        Assert.Equal(ClockState.Running, (await app.ClockOfAsync(file.Number)).State);

        await staff.PostStatusAsync(file.Number, "Afgesloten", "afgehandeld");
        var stopped = await app.ClockOfAsync(file.Number);
        Assert.Equal(ClockState.Met, stopped.State);
        Assert.NotNull(stopped.ClosedAt);
    }

    [Fact]
    public async Task The_supervisor_sees_the_case_clock_with_a_link_and_another_units_supervisor_does_not()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await CaseFollowUpApp.StartAsync(smtp);
        using var staff = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, Unit));
        var file = await app.OpenFromPhoneCallAsync(staff, Bsn, Unit, Email);

        var own = await staff.GetPageAsync("/medewerker/termijnen");
        var row = own.QuerySelector($"[data-testid=case-clocks] [data-case='{file.Number}']");
        Assert.NotNull(row);
        Assert.NotNull(row.QuerySelector($"a[href='/medewerker/zaken/{file.Number}']"));

        using var other = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, VictimRightsApp.OtherUnit));
        var theirs = await other.GetPageAsync("/medewerker/termijnen");
        Assert.DoesNotContain(file.Number, theirs.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}

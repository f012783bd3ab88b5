using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Appointments;

public sealed class CallBackAndStaffTests
{
    private static Dictionary<string, string> CallBack(string day, string slot, string phone) => new()
    {
        ["Step"] = "4", ["Dag"] = day, ["Start"] = slot, ["Reden"] = "aangifte", ["Gemeente"] = "Utrecht",
        ["Name"] = "Kees Bakker", ["Phone"] = phone, ["Email"] = "", ["Go"] = "send",
    };

    [Fact]
    public async Task A_call_back_needs_a_real_phone_number_and_is_listed_for_the_service_centre_of_the_unit()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var times = await client.GetPageAsync($"/terugbellen?reden=aangifte&dag={day}");
        var slot = times.QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").First().Value;
        var local = DateTimeOffset.FromUnixTimeSeconds(long.Parse(slot, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(Verbinding.Web.Infrastructure.Web.DutchTime.ToLocal(local).Hour, 8, 21);

        var wrong = await (await client.PostFormAsync($"/terugbellen?dag={day}", CallBack(day, slot, "12345"))).ParseAsync();
        Assert.Contains("geldig telefoonnummer", wrong.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        var booked = await client.PostFormAsync($"/terugbellen?dag={day}", CallBack(day, slot, "06-12345678"));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var appointment = await app.WithDbAsync(db => db.Set<Appointment>().SingleAsync(a => a.Kind == AppointmentKind.CallBack));
        Assert.Equal("+31612345678", appointment.Phone);
        Assert.Equal("midden-nederland", appointment.EenheidId);

        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));
        var list = await agent.GetPageAsync($"/medewerker/terugbellen?dag={day}");
        Assert.NotNull(list.QuerySelector($"tr[data-reference='{appointment.Reference}']"));
        using var elsewhere = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, "noord-nederland"));
        Assert.Null((await elsewhere.GetPageAsync($"/medewerker/terugbellen?dag={day}")).QuerySelector($"tr[data-reference='{appointment.Reference}']"));
    }

    [Fact]
    public async Task Staff_see_the_day_agenda_of_their_own_units_bureaus_and_the_read_is_audited()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var slot = await client.FreeSlotAsync(day, 0);
        var booked = await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot, name: "Fatima El Amrani"));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);

        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, "midden-nederland"));
        var agenda = await intake.GetPageAsync($"/medewerker/afspraken?Bureau={AppointmentsApp.Bureau}&Dag={day}");
        Assert.Contains("Fatima El Amrani", agenda.QuerySelector("[data-testid=agenda]")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.EntityType == "AppointmentAgenda")));

        using var other = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, "noord-nederland"));
        var otherAgenda = await other.GetPageAsync($"/medewerker/afspraken?Bureau={AppointmentsApp.Bureau}&Dag={day}");
        Assert.Null(otherAgenda.QuerySelector($"option[value='{AppointmentsApp.Bureau}']"));
        Assert.DoesNotContain("Fatima", otherAgenda.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aangifte_at_home_is_offered_only_where_the_unit_offers_it()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();

        Assert.NotNull((await client.GetPageAsync("/afspraak?Soort=thuis&Gemeente=Breda")).QuerySelector("[data-testid=home-offered]"));
        Assert.NotNull((await client.GetPageAsync("/afspraak?Soort=thuis&Gemeente=Utrecht")).QuerySelector("[data-testid=home-not-offered]"));
    }
}

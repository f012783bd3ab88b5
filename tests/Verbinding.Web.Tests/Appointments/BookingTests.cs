using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Appointments;

public sealed class BookingTests
{
    [Fact]
    public async Task Citizen_books_step_by_step_and_receives_an_email_with_a_calendar_invitation()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(2);

        var bureauStep = await client.GetPageAsync("/afspraak");
        Assert.Contains("Stap 1 van 5", bureauStep.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);
        var days = await client.GetPageAsync($"/afspraak?Bureau={AppointmentsApp.Bureau}");
        Assert.NotNull(days.QuerySelector($"a[data-day='{day}']"));
        var slot = await client.FreeSlotAsync(day, 3);
        var common = new Dictionary<string, string> { ["Bureau"] = AppointmentsApp.Bureau, ["Dag"] = day };
        var details = await (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), new Dictionary<string, string>(common) { ["Step"] = "3", ["Start"] = slot, ["Go"] = "next" })).ParseAsync();
        Assert.Contains("Stap 4 van 5", details.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);
        var wrong = await (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), new Dictionary<string, string>(common)
            { ["Step"] = "4", ["Start"] = slot, ["Name"] = "Anna de Vries", ["Email"] = "geen-adres", ["Go"] = "next" })).ParseAsync();
        Assert.Contains("geldig e-mailadres", wrong.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        var confirm = await (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), new Dictionary<string, string>(common)
            { ["Step"] = "4", ["Start"] = slot, ["Name"] = "Anna de Vries", ["Email"] = "anna@example.nl", ["Go"] = "next" })).ParseAsync();
        Assert.Contains("Voorbeeldstraat 9", confirm.QuerySelector("[data-testid=summary]")!.TextContent, StringComparison.Ordinal);

        var booked = await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var confirmation = await client.GetPageAsync(booked.Headers.Location!.OriginalString);
        var reference = confirmation.QuerySelector("[data-testid=reference]")!.TextContent;
        Assert.StartsWith("AF-", reference, StringComparison.Ordinal);

        var mail = await app.MailAsync(smtp, m => (m.Subject ?? "").Contains("afspraak", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("anna@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.Contains(reference, mail.TextBody!, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", mail.TextBody!, StringComparison.Ordinal);
        var calendar = AppointmentsApp.Calendar(mail);
        Assert.Equal("REQUEST", calendar.Method);
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal(AppointmentsApp.SlotStart(slot).UtcDateTime, invitation.DtStart!.AsUtc);
        Assert.Equal(TimeSpan.FromMinutes(30), invitation.DtEnd!.AsUtc - invitation.DtStart.AsUtc);
        Assert.Contains("Voorbeeldstraat 9, 3511 XX Utrecht", invitation.Location, StringComparison.Ordinal);
        Assert.EndsWith("@" + AppointmentCalendar.UidDomain, invitation.Uid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_citizens_racing_for_a_slot_with_two_seats_give_two_bookings_and_eighteen_polite_refusals()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        var day = AppointmentsApp.Day(1);
        using var first = app.CreateBrowserClient();
        var slot = await first.FreeSlotAsync(day, 5);
        // Every browser loads the page first (its own antiforgery cookie), then all press "confirm" at once.
        var browsers = Enumerable.Range(0, 20).Select(_ => app.CreateBrowserClient()).ToList();
        var tokens = await Task.WhenAll(browsers.Select(async b =>
            (await b.GetPageAsync(AppointmentsApp.TimesUrl(day))).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value));
        var responses = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync(AppointmentsApp.TimesUrl(day), new FormUrlEncodedContent(
            new Dictionary<string, string>(AppointmentsApp.ConfirmFields(day, slot, $"Burger {i}", $"burger{i}@example.nl")) { ["__RequestVerificationToken"] = tokens[i] }))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Equal(18, refused.Count);
        foreach (var response in refused)
        {
            var page = await response.ParseAsync();
            Assert.Contains("net door iemand anders gekozen", page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Burger ", page.QuerySelector<IHtmlInputElement>("input[name=Name]")!.Value, StringComparison.Ordinal); // details kept
            Assert.True(page.QuerySelector<IHtmlInputElement>($"input[name=Start][value='{slot}']")!.IsDisabled);
        }
        var start = AppointmentsApp.SlotStart(slot);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Appointment>().CountAsync(a => a.Start == start)));
        Assert.Equal([1, 2], await app.WithDbAsync(db => db.Set<SlotClaim>().Where(c => c.SlotStart == start).Select(c => c.Seat).OrderBy(s => s).ToListAsync()));
        foreach (var browser in browsers)
        {
            browser.Dispose();
        }
    }

    [Fact]
    public async Task Aangifte_and_other_appointments_have_separate_seats()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        var day = AppointmentsApp.Day(1);
        using var client = app.CreateBrowserClient();
        var slot = await client.FreeSlotAsync(day, 2);
        var otherUrl = AppointmentsApp.TimesUrl(day) + "&Soort=anders";
        var fields = new Dictionary<string, string>(AppointmentsApp.ConfirmFields(day, slot)) { ["Soort"] = "anders" };

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(otherUrl, fields)).StatusCode);
        var second = await client.PostFormAsync(otherUrl, new Dictionary<string, string>(fields) { ["Email"] = "b@example.nl" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode); // one seat for other matters
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot))).StatusCode);
    }
}

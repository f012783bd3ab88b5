using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Appointments;

public sealed class ManageTests
{
    [Fact]
    public async Task Cancelling_through_the_email_link_frees_the_seat_and_sends_a_cancellation_for_the_calendar()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var slot = await client.FreeSlotAsync(day, 1);
        await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot, email: "cancel@example.nl"));
        var confirmation = await app.MailAsync(smtp, m => m.To.Mailboxes.Any(a => a.Address == "cancel@example.nl"));
        var link = AppointmentsApp.ManageLink(confirmation);
        var uid = Assert.Single(AppointmentsApp.Calendar(confirmation).Events).Uid;

        var cancelled = await (await client.PostFormAsync(link, new Dictionary<string, string>(), "form[action*='handler=Cancel']")).ParseAsync();

        Assert.NotNull(cancelled.QuerySelector("[data-testid=cancelled]"));
        var start = AppointmentsApp.SlotStart(slot);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SlotClaim>().CountAsync(c => c.SlotStart == start)));
        var cancellation = await app.MailAsync(smtp, m => (m.Subject ?? "").Contains("afgezegd", StringComparison.Ordinal));
        var calendar = AppointmentsApp.Calendar(cancellation);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(uid, calendar.Events.Single().Uid);
        Assert.True(calendar.Events.Single().Sequence > 0);
        Assert.NotNull((await client.GetPageAsync(link)).QuerySelector("[data-testid=invalid]")); // the link is used up
    }

    [Fact]
    public async Task Moving_takes_the_new_seat_frees_the_old_one_and_sends_an_updated_invitation()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var slot = await client.FreeSlotAsync(day, 1);
        await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot, email: "move@example.nl"));
        var link = AppointmentsApp.ManageLink(await app.MailAsync(smtp, m => m.To.Mailboxes.Any(a => a.Address == "move@example.nl")));
        var later = AppointmentsApp.Day(3);
        var times = await client.GetPageAsync($"{link}?dag={later}");
        var newSlot = times.QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").ElementAt(4).Value;

        var moved = await (await client.PostFormAsync($"{link}?dag={later}", new Dictionary<string, string> { ["Start"] = newSlot, ["Dag"] = later },
            "form[action*='handler=Move']")).ParseAsync();

        Assert.NotNull(moved.QuerySelector("[data-testid=moved]"));
        var (oldStart, newStart) = (AppointmentsApp.SlotStart(slot), AppointmentsApp.SlotStart(newSlot));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SlotClaim>().CountAsync(c => c.SlotStart == oldStart)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<SlotClaim>().CountAsync(c => c.SlotStart == newStart)));
        var update = await app.MailAsync(smtp, m => m.To.Mailboxes.Any(a => a.Address == "move@example.nl")
            && AppointmentsApp.Calendar(m).Events.Single().Sequence == 1);
        Assert.Equal(newStart.UtcDateTime, AppointmentsApp.Calendar(update).Events.Single().DtStart!.AsUtc);
    }

    [Fact]
    public async Task An_unknown_manage_link_shows_nothing_of_anybody()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();

        var page = await client.GetPageAsync("/afspraak/beheren/" + ManageTokens.NewToken());

        Assert.NotNull(page.QuerySelector("[data-testid=invalid]"));
        Assert.Null(page.QuerySelector("form[action*='handler=Cancel']"));
    }

    [Fact]
    public async Task The_reminder_is_sent_the_day_before_once_with_the_manage_link()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(3);
        var slot = await client.FreeSlotAsync(day, 0);
        await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot, email: "remind@example.nl"));
        var start = AppointmentsApp.SlotStart(slot);

        Assert.Equal(0, await app.RemindAsync(start.AddDays(-2))); // too early
        Assert.Equal(1, await app.RemindAsync(start.AddHours(-23)));
        Assert.Equal(0, await app.RemindAsync(start.AddHours(-22))); // once

        var reminder = await app.MailAsync(smtp, m => (m.Subject ?? "").StartsWith("Herinnering", StringComparison.Ordinal));
        Assert.Equal("remind@example.nl", reminder.To.Mailboxes.Single().Address);
        var link = AppointmentsApp.ManageLink(reminder);
        Assert.NotNull((await client.GetPageAsync(link)).QuerySelector("[data-testid=appointment]"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.TemplateId == NotificationTemplateIds.AfspraakHerinnering)));
    }

    [Fact]
    public async Task Name_email_and_phone_and_their_hashes_are_erased_a_month_after_the_appointment()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var slot = await client.FreeSlotAsync(day, 0);
        await client.PostFormAsync(AppointmentsApp.TimesUrl(day), AppointmentsApp.ConfirmFields(day, slot, email: "erase@example.nl"));
        var start = AppointmentsApp.SlotStart(slot);

        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<AppointmentRetention>().EraseAsync(start.AddDays(29))));
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<AppointmentRetention>().EraseAsync(start.AddDays(31))));

        var erased = await app.WithDbAsync(db => db.Set<Appointment>().SingleAsync(a => a.Start == start));
        Assert.Equal((AppointmentRetention.Erased, null, null, null, null), (erased.Name, erased.Email, erased.Phone, erased.EmailKeyHash, erased.PhoneKeyHash));
        Assert.StartsWith("AF-", erased.Reference, StringComparison.Ordinal);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

public sealed class OutgoingPageTests
{
    private const string Page = "/medewerker/berichten-uitgaand";

    [Fact]
    public async Task A_dead_notification_shows_on_the_supervisors_page_without_the_address_and_retrying_it_delivers_it()
    {
        await using var smtp = TestSmtpServer.Reserve();
        await using var app = await NotificationsApp.StartAsync(smtp, maxAttempts: 2);
        const string key = "aangifte-receipt:dead";
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("dead", "geheim.adres@example.nl", eenheid: "rotterdam"));
        await app.DispatchAsync();
        await app.MakeDueAsync(key);
        Assert.Equal(1, (await app.DispatchAsync()).Dead);
        await app.MakeDueAsync(key);
        Assert.Equal(0, (await app.DispatchAsync()).Claimed); // dead stays dead

        using var rotterdam = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "rotterdam"));
        var page = await rotterdam.GetPageAsync(Page);
        var row = page.QuerySelector($"[data-reference='{key}']")!;
        Assert.Equal("Dead", row.GetAttribute("data-status"));
        Assert.Contains("aangifte-ontvangen", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", row.QuerySelector("[data-col=attempts]")!.TextContent.Trim());
        Assert.Contains("Connection failed", row.QuerySelector("[data-col=error]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim.adres", page.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);

        using var amsterdam = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "amsterdam"));
        Assert.NotNull((await amsterdam.GetPageAsync(Page)).QuerySelector("[data-testid=empty]"));

        await smtp.StartListeningAsync();
        var id = (await app.NotificationAsync(key)).Id;
        var retried = await rotterdam.PostFormAsync(Page, new Dictionary<string, string> { ["id"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.NotNull((await rotterdam.GetPageAsync(retried.Headers.Location!.OriginalString)).QuerySelector("[data-testid=empty]"));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "retry" && e.EntityId == id.ToString())));

        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "geheim.adres@example.nl"));
        Assert.Equal(NotificationStatus.Sent, (await app.NotificationAsync(key)).Status);
    }

    [Fact]
    public async Task A_supervisor_cannot_retry_a_notification_of_another_unit()
    {
        await using var smtp = TestSmtpServer.Reserve();
        await using var app = await NotificationsApp.StartAsync(smtp, maxAttempts: 1);
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("other-unit", eenheid: "rotterdam"));
        Assert.Equal(1, (await app.DispatchAsync()).Dead);
        var id = (await app.NotificationAsync("aangifte-receipt:other-unit")).Id;

        using var amsterdam = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "amsterdam"));
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("own-unit", eenheid: "amsterdam")); // gives the page a form to post
        await app.DispatchAsync();
        var response = await amsterdam.PostFormAsync(Page, new Dictionary<string, string> { ["id"] = id.ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alert--error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(NotificationStatus.Dead, (await app.NotificationAsync("aangifte-receipt:other-unit")).Status);
    }

    [Fact]
    public async Task Without_failures_the_page_shows_the_empty_state_and_service_agents_may_not_open_it()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var admin = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Administrator));
        Assert.NotNull((await admin.GetPageAsync(Page)).QuerySelector("[data-testid=empty]"));

        using var agent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent));
        Assert.NotEqual(HttpStatusCode.OK, (await agent.GetAsync(Page)).StatusCode);
    }
}

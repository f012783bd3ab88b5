using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Clocks = Verbinding.Web.Features.ServiceClocks.ServiceClocks;

namespace Verbinding.Web.Tests.ServiceClocks;

public sealed class DashboardTests
{
    [Fact]
    public async Task Supervisor_without_running_clocks_sees_the_empty_state()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "limburg"));
        var page = await client.GetPageAsync("/medewerker/termijnen");
        Assert.NotNull(page.QuerySelector("[data-testid=empty]"));
    }

    [Fact]
    public async Task Supervisor_sees_overdue_and_long_overdue_clocks_of_their_own_unit_only()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var clocks = scope.ServiceProvider.GetRequiredService<Clocks>();
            var now = DateTimeOffset.UtcNow;
            await clocks.StartAsync("contact", "rdam-long", "rotterdam", "email-first-response", now.AddDays(-21));
            await clocks.StartAsync("contact", "rdam-late", "rotterdam", "messaging-first-response", now.AddHours(-2));
            await clocks.StartAsync("case", "rdam-open", "rotterdam", "victim-status-update", now);
            var waiting = await clocks.StartAsync("case", "rdam-wait", "rotterdam", "victim-status-update", now);
            await clocks.PauseAsync(waiting.Id);
            await clocks.StartAsync("contact", "ams-long", "amsterdam", "email-first-response", now.AddDays(-21));
        }
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "rotterdam"));
        var page = await client.GetPageAsync("/medewerker/termijnen");

        var row = page.QuerySelector("[data-unit=rotterdam]")!;
        string Cell(string col) => row.QuerySelector($"[data-col={col}]")!.TextContent.Trim();
        Assert.Equal("4", Cell("open"));
        Assert.Equal("1", Cell("waiting"));
        Assert.Equal("1", Cell("overdue"));
        Assert.Equal("1", Cell("long-overdue"));
        Assert.Null(page.QuerySelector("[data-unit=amsterdam]"));
        var overdue = page.QuerySelector("[data-testid=overdue]")!.TextContent;
        Assert.Contains("rdam-long", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("ams-long", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_agent_may_not_open_the_supervisor_dashboard()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, "rotterdam"));
        var response = await client.GetAsync("/medewerker/termijnen");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}

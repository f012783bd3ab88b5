using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Browser.Tests.Appointments;

/// <summary>
/// The booking steps after the first need a chosen day (a date that moves every day) and the manage page needs a
/// real token, so <see cref="PublicPages"/> cannot list them: this test books through the server's own services.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointmentPagesAxeTests(BrowserFixture browser)
{
    private const string Bureau = "utrecht-centrum";

    /// <summary>The first local day after today that is not a public holiday: a bureau has no times on a holiday.</summary>
    private static string Tomorrow()
    {
        var day = DateOnly.FromDateTime(DutchTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(1);
        while (Verbinding.Calendar.WorkingCalendar.Default.IsHoliday(day))
        {
            day = day.AddDays(1);
        }
        return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> BookAsync()
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<AppointmentPlanner>();
        var place = await planner.BureauAsync(Bureau, AppointmentKind.Aangifte, default);
        var day = DateOnly.ParseExact(Tomorrow(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var slots = await planner.SlotsAsync(place!, day, default);
        var result = await scope.ServiceProvider.GetRequiredService<AppointmentBooking>().BookAsync(
            new BookingRequest(place!, slots.Last(s => s.Free > 0).Start, "Axe Test", "axe@example.nl", null, null, "nl"), default);
        return AppointmentNotifier.ManageLink(((BookingResult.Booked)result).ManageToken);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Time_step_and_manage_page_have_no_serious_accessibility_violations(string language)
    {
        var page = await browser.NewPageAsync(javaScript: true);
        var times = $"/afspraak?Bureau={Bureau}&Dag={Tomorrow()}";
        await page.GotoAsync(PageUrls.InLanguage(times, language));
        await AssertCleanAsync(page, times);

        var manage = await BookAsync();
        await page.GotoAsync(PageUrls.InLanguage(manage, language));
        await AssertCleanAsync(page, "manage page");
        await page.GotoAsync(PageUrls.InLanguage($"{manage}?dag={Tomorrow()}", language));
        await AssertCleanAsync(page, "manage page, times");
    }

    [Fact]
    public async Task Booking_works_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/afspraak?Bureau={Bureau}");
        await page.Locator($"a[data-day='{Tomorrow()}']").ClickAsync();
        await page.Locator("input[name=Start]:not([disabled])").Last.CheckAsync();
        await page.Locator("[data-testid=next]").ClickAsync();
        await page.Locator("#name").FillAsync("Zonder Script");
        await page.Locator("#email").FillAsync("zonder.script@example.nl");
        await page.Locator("[data-testid=next]").ClickAsync();
        await page.Locator("[data-testid=send]").ClickAsync();
        await page.Locator("[data-testid=reference]").WaitForAsync();
    }

    private static async Task AssertCleanAsync(Microsoft.Playwright.IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{what}:\n" + string.Join("\n", blocking));
    }
}

using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Help;

[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(BrowserFixture browser)
{
    private const string NeutralSite = "https://www.google.nl/";

    [Fact]
    public async Task Quick_exit_is_a_plain_link_to_a_neutral_site_without_JavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);

        await page.GotoAsync("/hulp");

        var exit = page.GetByRole(AriaRole.Link, new() { Name = "Snel weg" });
        Assert.Equal(NeutralSite, await exit.GetAttributeAsync("href"));
        Assert.Contains("noreferrer", await exit.GetAttributeAsync("rel"));
    }

    [Fact]
    public async Task Escape_twice_leaves_and_Back_does_not_return_to_the_help_page()
    {
        var page = await browser.NewPageAsync();
        // No internet in tests: answer for the neutral site ourselves.
        await page.RouteAsync(NeutralSite + "**", route => route.FulfillAsync(new() { Body = "<title>neutral</title>", ContentType = "text/html" }));
        await page.GotoAsync("/");
        await page.GotoAsync("/hulp");
        // The shortcut exists once the script has shown its hint; pressing earlier would test nothing.
        await page.Locator("[data-quick-exit-hint]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });

        // Two Escapes in one go: on a loaded machine two separate round trips can exceed the one-second window.
        await page.EvaluateAsync("() => { for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); }");
        await page.WaitForURLAsync(NeutralSite);

        await page.GoBackAsync();
        Assert.Equal(new Uri(browser.Server.BaseAddress, "/").ToString(), page.Url);
    }

    [Fact]
    public async Task Pages_without_sensitive_content_have_no_quick_exit()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/privacy");

        Assert.Equal(0, await page.Locator("[data-quick-exit]").CountAsync());
    }
}

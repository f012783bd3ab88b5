using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Home;

[Collection(BrowserCollection.Name)]
public sealed class SmokeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_switches_to_English_finds_partner_numbers_and_switches_back_to_Dutch()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page, "nl", "Contact met de politie");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page, "en", "Contact the police");

        await page.GotoAsync("/hulp");
        Assert.Equal("Help and advice from partners", await H1(page));
        var veiligThuis = page.Locator("#veilig-thuis");
        Assert.Equal("0800-2000", await veiligThuis.GetByRole(AriaRole.Link, new() { Name = "0800-2000" }).TextContentAsync());
        Assert.Equal("tel:08002000", await veiligThuis.Locator("a[href^='tel:']").GetAttributeAsync("href"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Nederlands" }).ClickAsync();
        Assert.EndsWith("/hulp", page.Url);
        await Expect(page, "nl", "Hulp en advies van partners");
    }

    [Fact]
    public async Task English_browser_still_gets_Dutch_until_the_citizen_chooses()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");

        await page.GotoAsync("/");

        await Expect(page, "nl", "Contact met de politie");
    }

    [Fact]
    public async Task Home_page_works_without_JavaScript_and_puts_112_first()
    {
        var page = await browser.NewPageAsync(javaScript: false);

        await page.GotoAsync("/");

        var firstH2 = await page.Locator("main h2").First.TextContentAsync();
        Assert.Equal("Is er nu gevaar? Bel 112", firstH2);
        Assert.Equal(1, await page.Locator("main a[href='tel:112']").CountAsync());
    }

    [Fact]
    public async Task First_Tab_focuses_the_skip_link_which_leads_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/hulp");

        await page.Keyboard.PressAsync("Tab");
        // Focus moves as the browser handles the key: wait for it (auto-retrying) instead of reading it once.
        var skipLink = page.Locator("a[href='#inhoud']", new() { HasTextString = "Naar de inhoud" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToHaveTextAsync("Naar de inhoud");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#inhoud")).ToBeFocusedAsync();
    }

    private static async Task Expect(IPage page, string lang, string heading)
    {
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(heading, await H1(page));
    }

    private static async Task<string?> H1(IPage page) => (await page.Locator("h1").TextContentAsync())?.Trim();
}

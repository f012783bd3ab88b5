using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Accessibility;

/// <summary>
/// A missing stylesheet or a script blocked by the Content Security Policy shows up only in the
/// browser console; the citizen would just see a broken page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(AxeTests.PagesInEveryLanguage), MemberType = typeof(AxeTests))]
    public async Task Public_page_loads_every_asset_without_browser_errors(string path, string language)
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("script: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        var response = await page.GotoAsync(PageUrls.InLanguage(path, language));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, response?.Status);
        Assert.True(await page.Locator("link[rel=stylesheet]").CountAsync() >= 4, "layout stylesheets missing");
        Assert.Empty(problems);
    }
}

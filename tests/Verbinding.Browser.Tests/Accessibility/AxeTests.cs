using Deque.AxeCore.Playwright;
using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in PublicPages.All)
        {
            foreach (var language in PublicPages.Languages)
            {
                data.Add(page, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task Public_page_has_no_serious_or_critical_accessibility_violations(string path, string language)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(PageUrls.InLanguage(path, language));
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));

        var result = await page.RunAxe();

        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{path} ({language}):\n" + string.Join("\n", blocking));
    }
}

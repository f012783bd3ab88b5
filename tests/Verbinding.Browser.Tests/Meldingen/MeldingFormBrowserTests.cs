using Deque.AxeCore.Playwright;
using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Meldingen;

/// <summary>The melding form in a real browser with JavaScript switched off, checked with axe-core at every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeldingFormBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_without_JavaScript_reports_loud_music_and_follows_the_melding()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/melding/nieuw?category=geluidsoverlast");
        await AssertAccessibleAsync(page, "step 1");

        await page.GetByLabel("Nee").CheckAsync();
        await Next(page);
        await page.GetByLabel("Wat is er aan de hand?").FillAsync("De buren hebben elke nacht keiharde muziek.");
        await page.GetByLabel("Een woning").CheckAsync();
        await page.GetByLabel("(Bijna) elke dag of nacht").CheckAsync();
        await page.GetByLabel("Gemeente").FillAsync("Utrect");
        await page.GetByLabel("Straat", new() { Exact = true }).FillAsync("Oudegracht");
        await page.GetByLabel("Huisnummer").FillAsync("100");
        await Next(page);

        // A typo in the municipality: the error names the right one and nothing typed is lost.
        Assert.Contains("Bedoelt u: Utrecht", await page.Locator("#form-errors").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Oudegracht", await page.GetByLabel("Straat", new() { Exact = true }).InputValueAsync());
        await AssertAccessibleAsync(page, "step 2 with errors");
        await page.GetByLabel("Gemeente").FillAsync("Utrecht");
        await Next(page);

        await AssertAccessibleAsync(page, "step 3");
        await page.GetByLabel("Ja, ik laat mijn gegevens achter").CheckAsync();
        await page.GetByLabel("E-mailadres").FillAsync("buur@example.nl");
        await Next(page);

        Assert.Contains("Stap 4 van 4", await page.Locator("[data-testid=progress]").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "review");
        await page.Locator("[data-testid=send]").ClickAsync();

        var reference = await page.Locator("[data-testid=reference]").TextContentAsync();
        Assert.Matches("^M-[0-9]{4}-[0-9]{6}$", reference);
        // Neighbour noise: Buurtbemiddeling is offered on the confirmation, so axe checks that section too.
        Assert.Equal(1, await page.Locator("[data-testid=handover] [data-testid=offer-handover]").CountAsync());
        await AssertAccessibleAsync(page, "confirmation");
        await page.Locator("[data-testid=tracking-link]").ClickAsync();
        Assert.Contains("Ontvangen", await page.Locator("[data-testid=status-text]").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "status");
    }

    private static async Task Next(IPage page) => await page.Locator("[data-testid=next]").ClickAsync();

    /// <summary>
    /// axe-core needs JavaScript, so the page as the JavaScript-free browser shows it (after a POST, too) is replayed,
    /// with the real stylesheets, in a second page that has JavaScript.
    /// </summary>
    private async Task AssertAccessibleAsync(IPage page, string step)
    {
        var html = await page.ContentAsync();
        var checker = await browser.NewPageAsync();
        await checker.RouteAsync("**/axe-snapshot", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        await checker.GotoAsync("/axe-snapshot");
        var result = await checker.RunAxe();
        await checker.Context.CloseAsync();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{step}:\n" + string.Join("\n", blocking));
    }
}

using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;

namespace Verbinding.Browser.Tests.Monitor;

/// <summary>
/// The survey page has a token in its route, so <see cref="PublicPages"/> cannot list it: this test creates a real
/// invitation through the server's own services and checks the form (and its error state) with axe, in both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyPageAxeTests(BrowserFixture browser)
{
    private async Task<string> InviteAsync()
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SurveyInvitationService>().CreateAsync(new InvitationRequest(
            "AXE-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), null, "nl",
            new ContactMetadata("amsterdam", "", "chat", "vraag", "informatie-algemeen", ContactMetadata.MonthOf(DateTimeOffset.UtcNow), true)), default);
        return SurveyTokens.Path(result.Token!);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Survey_page_and_its_errors_have_no_serious_accessibility_violations(string language)
    {
        var path = await InviteAsync();
        var page = await browser.NewPageAsync(javaScript: true);
        await page.GotoAsync(PageUrls.InLanguage(path, language));
        await AssertCleanAsync(page, path);

        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
        await AssertCleanAsync(page, path + " (errors)");
    }

    [Fact]
    public async Task Survey_works_without_javascript()
    {
        var path = await InviteAsync();
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(path);
        await page.Locator("label[for=overall-4]").ClickAsync();
        await page.Locator("label[for=grade-8]").ClickAsync();
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=survey-thanks]").WaitForAsync();
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

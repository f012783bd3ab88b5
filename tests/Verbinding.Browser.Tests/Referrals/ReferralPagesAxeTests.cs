using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Browser.Tests.Referrals;

/// <summary>
/// The consent step after the first, the citizen's status link (with its withdrawal steps) and the partner's step link need a warm handover
/// (a token), so <see cref="PublicPages"/> cannot list them: this test makes one through the server's own services.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferralPagesAxeTests(BrowserFixture browser)
{
    private async Task<(string Citizen, string Partner)> CreateAsync()
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ReferralService>().CreateAsync(new ReferralRequest(
            "slachtofferhulp", ReferralSource.DecisionAid, null, null, null, null,
            new Dictionary<string, string?> { [ConsentItems.Phone] = "0612345678" }, [ConsentItems.Phone], null, "nl"), default);
        var key = ReferralService.PartnerKeyPrefix + created.Referral!.Id;
        var row = await scope.ServiceProvider.GetRequiredService<VerbindingDbContext>().Set<OutboxNotification>().SingleAsync(n => n.IdempotencyKey == key);
        return (ReferralService.CitizenLink(created.CitizenToken!), JsonSerializer.Deserialize<Dictionary<string, string>>(row.ModelJson)!["link"]);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Consent_choice_status_and_partner_pages_have_no_serious_accessibility_violations(string language)
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.GotoAsync(PageUrls.InLanguage("/hulp/overdracht?partner=slachtofferhulp", language));
        await page.Locator("#v-phone").FillAsync("0612345678");
        await page.Locator("form[action*=Review] button[type=submit]").ClickAsync();
        await page.Locator("input[name=Share]").First.WaitForAsync();
        await AssertCleanAsync(page, "consent choice");

        var (citizen, partner) = await CreateAsync();
        await page.GotoAsync(PageUrls.InLanguage(citizen + "?nieuw=true", language));
        await AssertCleanAsync(page, "citizen status page");
        await page.GotoAsync(PageUrls.InLanguage(partner, language));
        await AssertCleanAsync(page, "partner step page");

        await page.GotoAsync(PageUrls.InLanguage(citizen + "?intrekken=true", language));
        await AssertCleanAsync(page, "withdrawal confirm step");
        await page.Locator("form[data-testid=withdraw-confirm] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=withdrawn]").WaitForAsync();
        await AssertCleanAsync(page, "status page after withdrawal");
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

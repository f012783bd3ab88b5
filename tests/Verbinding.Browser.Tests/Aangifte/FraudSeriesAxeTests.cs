using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>The intake pages that show linked fraud reports (detail, series, queue flag), checked with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FraudSeriesAxeTests(BrowserFixture browser)
{
    private const string Iban = "NL91ABNA0417164300";

    [Fact]
    public async Task Linked_reports_and_the_series_view_have_no_serious_accessibility_violations()
    {
        var utrecht = await FileAsync("Utrecht", Iban, "999990019");
        var rotterdam = await FileAsync("Rotterdam", "nl91 abna 0417 1643 00", "999991772");

        var officer = await browser.Server.CreateStaffAsync(StaffRoles.Intake, "midden-nederland");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(officer, "/medewerker/intake");
        Assert.Equal(1, await page.Locator($"tr[data-receipt='{utrecht.ReceiptNumber}'] [data-testid=series-flag]").CountAsync());
        await page.AssertCleanAsync("intake queue with a series flag");

        await page.Locator($"tr[data-receipt='{utrecht.ReceiptNumber}'] a").ClickAsync();
        Assert.Contains("Dit IBAN komt voor in 1 andere aangifte", await page.Locator("[data-link-kind=iban]").TextContentAsync());
        await page.AssertCleanAsync("intake detail with links");

        await page.Locator("[data-testid=fraud-links] a").ClickAsync();
        await page.WaitForURLAsync("**/reeks");
        Assert.Equal(1, await page.Locator($"tr[data-reference='{rotterdam.ReceiptNumber}']").CountAsync());
        await page.AssertCleanAsync("series view");
    }

    /// <summary>An internet-fraud report through the same service the wizard uses.</summary>
    private async Task<SubmittedAangifte> FileAsync(string municipality, string iban, string bsnText)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("internetoplichting")!;
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 40, false, "test", false));
        var paid = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Dictionary<string, string>[] steps =
        [
            new() { ["date"] = paid },
            new() { ["municipality"] = municipality, ["fraudKind"] = "nepwebshop", ["counterpartyIban"] = iban },
            new() { ["payments.0.date"] = paid, ["payments.0.amount"] = "149,95" },
            new() { ["description"] = "Ik bestelde schoenen bij een webshop en kreeg niets." },
            new(), // bijlagen: optional, skipped
            new() { ["keepInformed"] = "ja", ["compensation"] = "nee", ["slachtofferhulp"] = "nee" },
            new() { ["contactPreference"] = "post" },
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, steps[i], StepMove.Next)).Check.IsValid, $"step {i}");
        }
        return (await aangiftes.SubmitAsync(bsn, "Browser Test", draft.Id, "nl")).Aangifte!;
    }
}

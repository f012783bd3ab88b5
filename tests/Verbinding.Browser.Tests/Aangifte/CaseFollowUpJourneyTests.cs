using System.Text.RegularExpressions;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>
/// Acceptance 1 of issue 7: the citizen files an aangifte, intake registers it, the citizen gets an e-mail (real SMTP)
/// with only a link, reads the new status and what it means in "Mijn zaken", changes "keep me informed", and sends a
/// message that the handler then reads on the intake page. Every page is checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CaseFollowUpJourneyTests(BrowserFixture browser, CaseJourneyServer app) : IClassFixture<CaseJourneyServer>
{
    [Fact]
    public async Task Registered_aangifte_reaches_the_citizen_by_email_who_reads_the_status_changes_a_choice_and_writes_to_the_handler()
    {
        var email = $"petra.{Guid.NewGuid():N}@example.nl";
        var citizen = await browser.NewPageAsync(server: app.Server);
        var receipt = await AangifteJourney.FileBicycleTheftAsync(citizen, "999991772", "Petra de Boer", email);

        var officer = await app.Server.CreateStaffAsync(StaffRoles.Intake, "midden-nederland");
        var staff = await browser.NewPageAsync(server: app.Server);
        await staff.SignInAsync(officer, "/medewerker/intake");
        await staff.Locator($"tr[data-receipt='{receipt}'] a").ClickAsync();
        await staff.AssertCleanAsync("intake detail");
        await staff.Locator("form[data-action=approve] button").ClickAsync();
        // The page before the approval has the same status element (with the old status): wait for the new one.
        await Assertions.Expect(staff.Locator("[data-testid=status]")).ToHaveTextAsync("Geregistreerd");

        var mail = await app.Smtp.WaitForMessageAsync(
            m => m.To.Mailboxes.Any(a => a.Address == email) && m.Subject == "Er is nieuws over uw aangifte");
        var text = mail.TextBody ?? "";
        Assert.Matches(CaseLink(), text);
        Assert.DoesNotContain("Gazelle", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Geregistreerd", text, StringComparison.OrdinalIgnoreCase);

        await citizen.GotoAsync("/mijn/zaken");
        await citizen.AssertCleanAsync("mijn zaken");
        await citizen.Locator($"tr[data-receipt='{receipt}'] a").ClickAsync();
        Assert.EndsWith(CaseLink().Match(text).Value, citizen.Url, StringComparison.Ordinal);
        Assert.Equal("Geregistreerd", (await citizen.Locator("[data-testid=status]").TextContentAsync())!.Trim());
        Assert.StartsWith("Uw aangifte is opgenomen.", (await citizen.Locator("[data-testid=status-meaning]").TextContentAsync())!.Trim(), StringComparison.Ordinal);
        Assert.Contains("bewijs van aangifte", await citizen.Locator("[data-testid=status-next]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(["Ontvangen", "InBehandeling", "Geregistreerd"], await citizen.Locator("[data-testid=timeline] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.status)"));
        await citizen.AssertCleanAsync("zaak");

        await citizen.Locator("label[for=KeepInformed-nee]").ClickAsync();
        await citizen.Locator("form[data-testid=choices-form] button[type=submit]").ClickAsync();
        Assert.Equal("Uw keuzes zijn opgeslagen.", (await citizen.Locator("[data-testid=saved]").TextContentAsync())!.Trim());
        Assert.True(await citizen.Locator("#KeepInformed-nee").IsCheckedAsync());
        await citizen.AssertCleanAsync("choices saved");
        await citizen.Locator($"main a[href$='{CaseLink().Match(text).Value}']").ClickAsync();

        await citizen.Locator("#message").FillAsync("Ik zag mijn fiets vandaag te koop op Marktplaats.");
        await citizen.Locator("form[data-action=message] button[type=submit]").ClickAsync();
        await citizen.Locator("[data-testid=message-sent]").WaitForAsync();
        await citizen.AssertCleanAsync("message sent");

        await staff.GotoAsync("/medewerker/intake");
        await staff.Locator($"tr[data-receipt='{receipt}'] [data-testid=message-waiting]").WaitForAsync();
        await staff.AssertCleanAsync("intake queue with message");
        await staff.Locator($"tr[data-receipt='{receipt}'] a").ClickAsync();
        Assert.Contains("te koop op Marktplaats", await staff.Locator("[data-testid=messages] li[data-from=citizen]").TextContentAsync(), StringComparison.Ordinal);
        await staff.AssertCleanAsync("intake detail with message");
    }

    [GeneratedRegex(@"/mijn/zaken/[0-9a-f-]{36}")]
    private static partial Regex CaseLink();
}

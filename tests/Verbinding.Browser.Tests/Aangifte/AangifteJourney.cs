using Verbinding.Browser.Tests.Infrastructure;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>The citizen's side of an online aangifte through the real pages: eligibility, DigiD simulator, wizard, send.</summary>
public static class AangifteJourney
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stolen e-bike in Utrecht (unit Midden-Nederland); contact by e-mail at <paramref name="email"/>.</summary>
    public static Dictionary<string, string>[] BicycleSteps(string email) =>
    [
        new() { ["date"] = Yesterday, ["time"] = "08:15" },
        new() { ["municipality"] = "Utrecht", ["street"] = "Stationsplein", ["postcode"] = "3511 CE", ["houseNumber"] = "10" },
        new() { ["items.0.kind"] = "e-bike", ["items.0.brand"] = "Gazelle", ["items.0.model"] = "Ultimate C8", ["items.0.colour"] = "zwart", ["items.0.frameNumber"] = "GZ123456789", ["items.0.value"] = "2.499,00" },
        new() { ["description"] = "Mijn e-bike stond op slot bij het station. Toen ik terugkwam was hij weg." },
        new(), // bijlagen: optional, skipped
        new() { ["keepInformed"] = "ja", ["compensation"] = "ja", ["slachtofferhulp"] = "nee" },
        new() { ["contactPreference"] = "email", ["email"] = email },
    ];

    /// <summary>Answers "no" to every eligibility question and signs in with the DigiD simulator; ends on step 1.</summary>
    public static async Task StartBicycleTheftAsync(IPage page, string bsn, string name)
    {
        await page.GotoAsync("/aangifte/nieuw?type=fietsendiefstal");
        foreach (var no in await page.Locator("main form input[type=radio][value=nee]").AllAsync())
        {
            await no.CheckAsync();
        }
        await page.Locator("#age").FillAsync("34");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/digid-sim/login**");
        await page.Locator("#Bsn").FillAsync(bsn);
        await page.Locator("#Name").FillAsync(name);
        await page.Locator("form:not([action*='handler=Demo']) button[type=submit]").ClickAsync();
        await page.ExpectPageAsync("**/stap/1");
    }

    /// <summary>Files the whole bicycle theft and returns the receipt number.</summary>
    public static async Task<string> FileBicycleTheftAsync(IPage page, string bsn, string name, string email)
    {
        await StartBicycleTheftAsync(page, bsn, name);
        foreach (var step in BicycleSteps(email))
        {
            await FillAsync(page, step);
            await page.Locator("main form button[name=nav][value=next]").ClickAsync();
        }
        await page.ExpectPageAsync("**/controleren");
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await page.ExpectPageAsync("**/aangifte/ontvangen/**");
        return (await page.Locator("[data-testid=receipt-number]").TextContentAsync())!.Trim();
    }

    /// <summary>Types into text fields and picks radio options, as the citizen would.</summary>
    public static async Task FillAsync(IPage page, Dictionary<string, string> fields)
    {
        foreach (var (name, value) in fields)
        {
            var field = page.Locator($"main form [name='{name}']");
            if (await field.First.GetAttributeAsync("type") == "radio")
            {
                await page.Locator($"main form [name='{name}'][value='{value}']").CheckAsync();
            }
            else
            {
                await field.FillAsync(value);
            }
        }
    }
}

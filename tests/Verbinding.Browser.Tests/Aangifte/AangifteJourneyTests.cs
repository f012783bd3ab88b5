using System.Text;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Browser.Tests.Aangifte;

/// <summary>
/// Acceptance 1 of the online aangifte: a bicycle theft from the first question to an insurer's check, in Dutch,
/// through the real pages (DigiD simulator, intake, "Mijn zaken", /verify), and the citizen who is sent to a desk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AangifteJourneyTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, string>[] BicycleSteps = AangifteJourney.BicycleSteps("petra@example.nl");

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Citizen_reports_a_bicycle_theft_gets_it_registered_downloads_the_proof_and_an_insurer_verifies_it()
    {
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/aangifte/nieuw?type=fietsendiefstal");
        await citizen.AssertCleanAsync("eligibility");
        foreach (var no in await citizen.Locator("main form input[type=radio][value=nee]").AllAsync())
        {
            await no.CheckAsync();
        }
        await citizen.Locator("#age").FillAsync("34");
        await citizen.Locator("main form button[type=submit]").ClickAsync();

        // Eligible: on to DigiD (the simulator), then straight into the wizard.
        await citizen.WaitForURLAsync("**/digid-sim/login**");
        await citizen.Locator("#Bsn").FillAsync("999991772");
        await citizen.Locator("#Name").FillAsync("Petra de Boer");
        await citizen.Locator("form:not([action*='handler=Demo']) button[type=submit]").ClickAsync();
        await citizen.WaitForURLAsync("**/stap/1");

        for (var i = 0; i < BicycleSteps.Length; i++)
        {
            // Every step has this element: waiting for the number (not reading once) never sees the previous step's page.
            await Assertions.Expect(citizen.Locator("[data-testid=progress]")).ToHaveTextAsync($"Stap {i + 1} van {BicycleSteps.Length}");
            await citizen.AssertCleanAsync($"step {i + 1}");
            if (await citizen.Locator("[data-step=bijlagen]").CountAsync() > 0)
            {
                // The optional attachments step: one photo through a plain file input, then on.
                await citizen.Locator("#f-files").SetInputFilesAsync(new FilePayload { Name = "fiets.png", MimeType = "image/png", Buffer = OnePixelPng });
                await citizen.Locator("main form button[name=nav][value=upload]").ClickAsync();
                await citizen.Locator("[data-testid=attachments] img").WaitForAsync();
                await citizen.AssertCleanAsync("step with a file");
            }
            await FillAsync(citizen, BicycleSteps[i]);
            await citizen.Locator("main form button[name=nav][value=next]").ClickAsync();
        }
        await citizen.WaitForURLAsync("**/controleren");
        Assert.Contains("Gazelle", await citizen.Locator("main").TextContentAsync());
        // The thumbnail on the review page really loads (an image the server re-encoded, served to its owner).
        Assert.True(await citizen.Locator("[data-testid=attachments] img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await citizen.AssertCleanAsync("review");
        await citizen.Locator("main form[method=post] button[type=submit]").ClickAsync();

        await citizen.WaitForURLAsync("**/aangifte/ontvangen/**");
        var receipt = (await citizen.Locator("[data-testid=receipt-number]").TextContentAsync())!.Trim();
        Assert.Matches(@"^ONL-\d{8}-[A-Z2-9]{6}$", receipt);
        await citizen.AssertCleanAsync("receipt");

        await ApproveAsIntakeAsync(receipt);

        await citizen.GotoAsync("/mijn/zaken");
        await citizen.AssertCleanAsync("mijn zaken");
        await citizen.Locator($"tr[data-receipt='{receipt}'] a").ClickAsync();
        Assert.Equal("Geregistreerd", (await citizen.Locator("[data-testid=status]").TextContentAsync())!.Trim());
        var number = (await citizen.Locator("[data-testid=registration-number]").TextContentAsync())!.Trim();
        var code = (await citizen.Locator("[data-testid=verification-code]").TextContentAsync())!.Trim();
        await citizen.AssertCleanAsync("zaak");
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.Locator("a[href$='/bewijs.pdf']").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains(number, Encoding.Latin1.GetString(pdf));

        // The insurer has nothing but the proof: no sign-in, a fresh browser.
        var insurer = await browser.NewPageAsync();
        await insurer.GotoAsync("/verify");
        await insurer.Locator("#nummer").FillAsync(number);
        await insurer.Locator("#code").FillAsync(code);
        await insurer.Locator("main form button[type=submit]").ClickAsync();
        var result = insurer.Locator("[data-testid=verify-result]");
        Assert.Equal("true", await result.GetAttributeAsync("data-valid"));
        Assert.Contains("Fietsendiefstal", await result.TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Petra", await insurer.Locator("main").TextContentAsync());
        await insurer.AssertCleanAsync("verify");
    }

    [Fact]
    public async Task Citizen_who_knows_the_suspect_is_offered_an_appointment_instead_of_the_form()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aangifte/nieuw?type=fietsendiefstal");
        await page.Locator("#q-happeningNow-nee").CheckAsync();
        await page.Locator("#q-suspectKnown-ja").CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();

        var appointment = page.Locator("[data-intervention=aangifte-afspraak]");
        Assert.Contains("Omdat u weet wie het heeft gedaan", await appointment.TextContentAsync());
        Assert.Equal(0, await page.Locator("main form input[name^='Answers']").CountAsync());
        await page.AssertCleanAsync("not online");

        await appointment.Locator("a[href='/afspraak']").ClickAsync();
        await page.WaitForURLAsync("**/afspraak");
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await page.AssertCleanAsync("appointment");
    }

    /// <summary>An intake officer of the unit (Utrecht is Midden-Nederland) approves through the staff pages.</summary>
    private async Task ApproveAsIntakeAsync(string receipt)
    {
        var officer = await browser.Server.CreateStaffAsync(StaffRoles.Intake, "midden-nederland");
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(officer, "/medewerker/intake");
        await staff.AssertCleanAsync("intake queue");
        await staff.Locator($"tr[data-receipt='{receipt}'] a").ClickAsync();
        await staff.AssertCleanAsync("intake detail");
        await staff.Locator("form[data-action=approve] button").ClickAsync();
        // The page before the approval has the same status element (with the old status): wait for the new one.
        await Assertions.Expect(staff.Locator("[data-testid=status]")).ToHaveTextAsync("Geregistreerd");
    }

    private static Task FillAsync(IPage page, Dictionary<string, string> fields) => AangifteJourney.FillAsync(page, fields);
}

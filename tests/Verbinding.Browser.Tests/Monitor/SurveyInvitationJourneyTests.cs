using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Browser.Tests.Monitor;

/// <summary>
/// Acceptance test of the politiemonitor (issue 8): intake handles an aangifte, the citizen receives the invitation by
/// real e-mail, answers once through the link, cannot use it again, and the unit's analyst sees the answer counted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SurveyInvitationJourneyTests(BrowserFixture browser, SurveyJourneyServer app) : IClassFixture<SurveyJourneyServer>
{
    private const string Eenheid = "midden-nederland"; // Utrecht

    [Fact]
    public async Task Handled_aangifte_leads_to_one_answer_by_email_link_that_shows_in_the_units_dashboard()
    {
        var email = $"burger.{Guid.NewGuid():N}@example.nl";
        var aangifteId = await FileAangifteAsync(email);

        var intake = await browser.NewPageAsync(server: app.Server);
        await intake.SignInAsync(await app.Server.CreateStaffAsync(StaffRoles.Intake, Eenheid), $"/medewerker/intake/{aangifteId}");
        await intake.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en registreren" }).ClickAsync();
        await intake.Locator("form[data-action=approve]").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var invitation = await app.Smtp.WaitForMessageAsync(
            m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains("Wat vond u", StringComparison.Ordinal));
        var text = invitation.TextBody ?? "";
        var link = SurveyLink().Match(text);
        Assert.True(link.Success, "The e-mail holds no survey link:\n" + text);
        Assert.Contains("14 dagen", text, StringComparison.Ordinal);

        var citizen = await browser.NewPageAsync(server: app.Server);
        await citizen.GotoAsync(link.Value);
        await AssertAccessibleAsync(citizen);
        await citizen.Locator("label[for=overall-4]").ClickAsync();
        await citizen.Locator("label[for=grade-8]").ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Verstuur mijn antwoorden" }).ClickAsync();
        await Expect(citizen.Locator("[data-testid=survey-thanks]")).ToBeVisibleAsync();
        await AssertAccessibleAsync(citizen);

        var again = await browser.NewPageAsync(server: app.Server);
        await again.GotoAsync(link.Value);
        await Expect(again.Locator("[data-testid=survey-closed]")).ToHaveTextAsync("U heeft deze vragenlijst al ingevuld");
        Assert.Equal(0, await again.Locator("form[method=post] button[type=submit]").CountAsync());

        // Groups under 10 answers show no figure: nine earlier answers from the unit, stored as the survey stores them.
        await AddResponsesAsync(Eenheid, 9);
        var analyst = await browser.NewPageAsync(server: app.Server);
        await analyst.SignInAsync(await app.Server.CreateStaffAsync(StaffRoles.Analyst, Eenheid), "/medewerker/monitor?GroupBy=eenheid");
        var row = analyst.Locator($"[data-testid=monitor-table] tr[data-group={Eenheid}]");
        await Expect(row.Locator("td").First).ToHaveTextAsync("10");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(new Regex("^100[,.]0%$"));
    }

    /// <summary>An online aangifte filed through the server's own service (as the wizard does), with an e-mail address for contact.</summary>
    private async Task<Guid> FileAangifteAsync(string email)
    {
        await using var scope = app.Server.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        Assert.True(Bsn.TryParse("999990019", out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "browser", false));
        Dictionary<string, string>[] steps =
        [
            new() { ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["time"] = "08:15" },
            new() { ["municipality"] = "Utrecht", ["street"] = "Stationsplein", ["postcode"] = "3511 CE", ["houseNumber"] = "10" },
            new() { ["items.0.kind"] = "e-bike", ["items.0.brand"] = "Gazelle", ["items.0.model"] = "Ultimate C8", ["items.0.colour"] = "zwart", ["items.0.frameNumber"] = "GZ123456789", ["items.0.value"] = "2.499,00" },
            new() { ["description"] = "Mijn e-bike stond op slot bij het station. Toen ik terugkwam was hij weg." },
            new(), // bijlagen: optional, skipped
            new() { ["keepInformed"] = "ja", ["compensation"] = "ja", ["slachtofferhulp"] = "nee" },
            new() { ["contactPreference"] = "email", ["email"] = email },
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, steps[i], StepMove.Next)).Check.IsValid, $"Step {i} is invalid");
        }
        return (await aangiftes.SubmitAsync(bsn, "Jan Jansen", draft.Id, "nl")).Aangifte!.Id;
    }

    private async Task AddResponsesAsync(string eenheid, int count)
    {
        await using var scope = app.Server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SurveyResponseStore>();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        var contact = new ContactMetadata(eenheid, "", "internet", "aangifte", "aangifte-fietsendiefstal", ContactMetadata.MonthOf(DateTimeOffset.UtcNow), false);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await store.AddAsync(db, [.. Enumerable.Range(0, count).Select(_ => store.Create(contact, new SurveyAnswers(5, new Dictionary<string, int?>(), 8, 7, null, false)))], null, default);
        await transaction.CommitAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var blocking = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        Assert.Empty(blocking);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"/tevredenheid/[A-Za-z0-9_-]+")]
    private static partial Regex SurveyLink();
}

using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>
/// Acceptance 3: two internet-fraud reports with the same IBAN, typed differently and filed in different units, are
/// linked for intake of each unit; the other unit's report shows without personal data; a different IBAN is not linked.
/// </summary>
public sealed class FraudLinkTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Same_iban_typed_differently_links_reports_of_two_units_for_intake_of_each()
    {
        var iban = FraudReports.Iban(1_000_001);
        var spaced = string.Join(' ', iban.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var utrecht = await FraudReports.FileAsync(App.Services, "Utrecht", iban, "250,00", "999990019", "Jan Jansen");
        var rotterdam = await FraudReports.FileAsync(App.Services, "Rotterdam", spaced, "1.120,50", "999991772", "Fatima El Amrani");
        Assert.Equal(("midden-nederland", "rotterdam"), (utrecht.EenheidId, rotterdam.EenheidId));

        var intakeX = await App.SignInAsStaffAsync(await App.CreateStaffAsync(StaffRoles.Intake, "midden-nederland"));
        var detailX = await intakeX.GetPageAsync($"/medewerker/intake/{utrecht.Id}");
        Assert.Equal("Dit IBAN komt voor in 1 andere aangifte (1 eenheid, EUR 1.120,50 totaal).", detailX.QuerySelector("[data-link-kind=iban]")!.TextContent.Trim());

        var seriesX = await intakeX.GetPageAsync($"/medewerker/intake/{utrecht.Id}/reeks");
        var row = seriesX.QuerySelector($"[data-series-kind=iban] tr[data-reference='{rotterdam.ReceiptNumber}']")!;
        Assert.Equal("rotterdam", row.GetAttribute("data-eenheid"));
        Assert.Contains("1.120,50", row.TextContent);
        Assert.Null(row.QuerySelector("a"));
        Assert.DoesNotContain("Fatima", seriesX.Body!.TextContent);
        Assert.DoesNotContain("El Amrani", seriesX.Body.TextContent);
        // The other unit's report itself stays closed.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await intakeX.GetAsync($"/medewerker/intake/{rotterdam.Id}", TestContext.Current.CancellationToken)).StatusCode);

        var intakeY = await App.SignInAsStaffAsync(await App.CreateStaffAsync(StaffRoles.Intake, "rotterdam"));
        var detailY = await intakeY.GetPageAsync($"/medewerker/intake/{rotterdam.Id}");
        Assert.Equal("Dit IBAN komt voor in 1 andere aangifte (1 eenheid, EUR 250,00 totaal).", detailY.QuerySelector("[data-link-kind=iban]")!.TextContent.Trim());
        var seriesY = await intakeY.GetPageAsync($"/medewerker/intake/{rotterdam.Id}/reeks");
        Assert.NotNull(seriesY.QuerySelector($"tr[data-reference='{utrecht.ReceiptNumber}'][data-eenheid=midden-nederland]"));

        Assert.True(await App.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "aangifte.fraud-series" && e.EntityId == utrecht.Id.ToString())));
        Assert.True(await App.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "aangifte.fraud-series" && e.EntityId == rotterdam.Id.ToString())));
    }

    [Fact]
    public async Task New_report_joining_a_known_series_is_flagged_in_the_queue_and_a_different_iban_is_not()
    {
        var iban = FraudReports.Iban(2_000_002);
        await FraudReports.FileAsync(App.Services, "Amsterdam", iban, "80,00", platform: "Marktplaats");
        await FraudReports.FileAsync(App.Services, "Den Haag", iban, "95,00", platform: "Marktplaats");
        var joining = await FraudReports.FileAsync(App.Services, "Zwolle", iban.ToLowerInvariant(), "60,00", platform: "Marktplaats");
        var alone = await FraudReports.FileAsync(App.Services, "Zwolle", FraudReports.Iban(3_000_003), "45,00", platform: "Marktplaats");
        Assert.Equal(joining.EenheidId, alone.EenheidId);

        var intake = await App.SignInAsStaffAsync(await App.CreateStaffAsync(StaffRoles.Intake, joining.EenheidId));
        var queue = await intake.GetPageAsync("/medewerker/intake");
        Assert.NotNull(queue.QuerySelector($"tr[data-receipt='{joining.ReceiptNumber}'] [data-testid=series-flag]"));
        Assert.Null(queue.QuerySelector($"tr[data-receipt='{alone.ReceiptNumber}'] [data-testid=series-flag]"));

        var joined = await intake.GetPageAsync($"/medewerker/intake/{joining.Id}");
        Assert.Equal("Dit IBAN komt voor in 2 andere aangiftes (2 eenheden, EUR 175,00 totaal).", joined.QuerySelector("[data-link-kind=iban]")!.TextContent.Trim());
        var single = await intake.GetPageAsync($"/medewerker/intake/{alone.Id}");
        Assert.Empty(single.QuerySelectorAll("[data-link-kind]"));
        Assert.Contains("Geen andere aangiftes", single.QuerySelector("[data-testid=fraud-links]")!.TextContent);
    }
}

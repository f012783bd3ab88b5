using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Privacy;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Cases;

/// <summary>The signed-in citizen's cases ("Mijn zaken", "Mijn gegevens") and the end of a closed case's personal data.</summary>
public sealed class CaseCitizenTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";

    [Fact]
    public async Task A_signed_in_citizen_sees_their_case_in_Mijn_zaken_and_in_their_data_export_but_not_anothers()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        await app.FileTwiceAsync("999990032", "Anna Aalders");
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;

        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var rows = (await citizen.GetPageAsync("/mijn/zaken")).QuerySelectorAll("[data-testid=my-cases] [data-case]");
        var row = Assert.Single(rows);
        Assert.Equal(number, row.GetAttribute("data-case"));
        Assert.Contains("Ontvangen", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/mijn/zaken/{aangifte.Id}']"));

        var export = await (await citizen.GetAsync("/mijn/gegevens?handler=Json", TestContext.Current.CancellationToken)).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(number, export, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(export, "ZK-\\d{4}-\\d{6}"));
    }

    [Fact]
    public async Task A_case_closed_longer_than_the_retention_period_loses_its_citizen_and_title()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        var number = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single().Number;
        using var supervisor = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, VictimRightsApp.Unit));
        await supervisor.PostFormAsync($"/medewerker/zaken/{number}",
            new Dictionary<string, string> { ["NewStatus"] = "Afgesloten", ["Reason"] = "afgehandeld" }, "form[action*='handler=Status']");
        var closed = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single();
        Assert.Equal(CaseStatus.Afgesloten, closed.Status);
        Assert.NotNull(closed.ProtectedRecipient); // where status messages go: personal data like the BSN

        Assert.Equal(0, (await app.ApplyAsync("closed-cases", closed.ClosedAt!.Value.AddDays(1824))).Anonymised);
        Assert.Equal(1, (await app.ApplyAsync("closed-cases", closed.ClosedAt!.Value.AddDays(1826))).Anonymised);
        var erased = await app.WithDbAsync(db => db.Set<CaseFile>().AsNoTracking().SingleAsync(c => c.Number == number));
        Assert.Null(erased.CitizenBsn);
        Assert.Null(erased.CitizenId);
        Assert.Equal("-", erased.Title);
        Assert.Null(erased.ProtectedRecipient);
        Assert.Equal(CaseStatus.Afgesloten, erased.Status);
    }

    [Fact]
    public async Task When_the_aangifte_is_anonymised_its_open_case_forgets_the_citizen_too()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        var aangifte = await app.FileTwiceAsync(Bsn, Name);
        await app.ApproveAsync(aangifte.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var staff = new StaffScope("test-intake", VictimRightsApp.Unit, false);
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IntakeService>().FollowUpAsync(staff, aangifte.Id, AangifteStatus.Afgesloten, "opgelost"));
        }
        var now = clock.GetUtcNow();
        Assert.Equal(0, (await app.ApplyAsync("closed-cases", now)).Anonymised);

        Assert.Equal(1, (await app.ApplyAsync("closed-aangiftes", now.AddDays(1826))).Anonymised);
        Assert.Equal(1, (await app.ApplyAsync("closed-cases", now.AddDays(1826))).Anonymised);
        var erased = (await app.CasesOfAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString())).Single();
        Assert.Equal((null, null, "-"), (erased.CitizenBsn, erased.CitizenId, erased.Title));
    }
}

using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Issue 5 acceptance 2: intake asks for information (the citizen answers in the portal) and rejects with a referral.</summary>
public sealed class IntakeDecisionTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";

    [Fact]
    public async Task Intake_asks_a_question_the_citizen_answers_in_the_portal_and_intake_reads_the_answer()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var url = $"/medewerker/intake/{aangifte.Id}";

        await intake.PostFormAsync(url, new Dictionary<string, string> { ["Question"] = "Wat is het framenummer van uw fiets?" }, "form[data-action=request-info]");
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var zaak = $"/mijn/zaken/{aangifte.Id}";
        Assert.Equal("Wat is het framenummer van uw fiets?", (await citizen.GetPageAsync(zaak)).QuerySelector("[data-testid=information-request]")!.TextContent.Trim());
        await citizen.PostFormAsync(zaak, new Dictionary<string, string> { ["Answer"] = "Het framenummer is WBK123456." }, "form:has(textarea[name=Answer])");

        var detail = await intake.GetPageAsync(url);
        Assert.Equal("Het framenummer is WBK123456.", detail.QuerySelector("[data-testid=information-response]")!.TextContent.Trim());
        Assert.Null((await citizen.GetPageAsync(zaak)).QuerySelector("[data-testid=information-request]"));
    }

    [Fact]
    public async Task A_rejection_tells_the_citizen_why_and_where_to_go_instead()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));

        await intake.PostFormAsync($"/medewerker/intake/{aangifte.Id}", new Dictionary<string, string> { ["Reason"] = "geen-strafbaar-feit" }, "form[data-action=reject]");

        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var page = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}");
        Assert.Contains("Het Juridisch Loket geeft gratis advies: 0900-8020.", page.QuerySelector("main")!.TextContent);
    }
}

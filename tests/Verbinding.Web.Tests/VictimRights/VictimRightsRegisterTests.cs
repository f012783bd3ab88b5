using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security;
using static Verbinding.VictimRights.RightIds;

namespace Verbinding.Web.Tests.VictimRights;

public sealed class VictimRightsRegisterTests
{
    private const string Bsn = "999991772";
    private const string Name = "Fatima El Amrani";
    private const string OtherBsn = "999990032";

    private static readonly Dictionary<string, string> NewChoices = new()
    {
        ["KeepInformed"] = "nee", ["Slachtofferhulp"] = "ja", ["Compensation"] = "ja", ["ReleaseInformation"] = "nee", ["Language"] = "en",
    };

    [Fact]
    public async Task Submitting_an_aangifte_opens_the_register_and_registration_meets_the_copy()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);

        var register = await app.RegisterAsync(aangifte.Id);
        // The wizard's answers: keep informed and compensation yes, Slachtofferhulp no; Dutch.
        Assert.Equal(
            new[] { CaseInformation, Compensation, CopyOfAangifte, IndividualAssessment, StatementOfRights },
            register.Obligations.Select(o => o.RightId).Order(StringComparer.Ordinal));
        Assert.Equal(ObligationStatus.Met, register.Obligation(StatementOfRights).Status);
        Assert.Equal(Calendar.WorkingCalendar.Default.AddCalendarDays(register.FiledAt, 14), register.Obligation(CaseInformation).DueAt);
        Assert.Equal(ObligationStatus.Open, register.Obligation(CopyOfAangifte).Status);

        await app.ApproveAsync(aangifte.Id);
        register = await app.RegisterAsync(aangifte.Id);
        Assert.Equal(ObligationStatus.Met, register.Obligation(CopyOfAangifte).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<VictimRegister>().CountAsync(r => r.AangifteId == aangifte.Id)));
    }

    [Fact]
    public async Task Purging_an_aangifte_removes_its_register_obligations_and_history()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        var register = await app.RegisterAsync(aangifte.Id);

        await app.WithDbAsync(db => db.Set<Features.Aangifte.SubmittedAangifte>().Where(a => a.Id == aangifte.Id).ExecuteDeleteAsync());

        Assert.Equal((0, 0, 0), await app.WithDbAsync(async db => (
            await db.Set<VictimRegister>().CountAsync(r => r.Id == register.Id),
            await db.Set<VictimObligation>().CountAsync(o => o.RegisterId == register.Id),
            await db.Set<VictimRightsChange>().CountAsync(c => c.RegisterId == register.Id))));
    }

    [Fact]
    public async Task Citizen_changes_choices_on_the_case_page_and_the_change_is_recorded_and_audited()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);

        var casePage = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}");
        Assert.Contains("Uw rechten als slachtoffer", casePage.QuerySelector("[data-testid=victim-rights] h2")!.TextContent);
        Assert.NotNull(casePage.QuerySelector($"[data-testid=rights] tr[data-right={CaseInformation}]"));

        var posted = await citizen.PostFormAsync($"/mijn/zaken/{aangifte.Id}", NewChoices, "form[data-testid=choices-form]");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await citizen.GetPageAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal("Uw keuzes zijn opgeslagen.", after.QuerySelector("[data-testid=saved]")!.TextContent.Trim());

        var register = await app.RegisterAsync(aangifte.Id);
        Assert.False(register.KeepInformed);
        Assert.Equal("en", register.Language);
        Assert.Equal(ObligationStatus.NotApplicable, register.Obligation(CaseInformation).Status);
        Assert.Equal(ObligationStatus.Open, register.Obligation(Interpreter).Status);
        Assert.Equal(ObligationStatus.Open, register.Obligation(SlachtofferhulpReferral).Status);
        var change = register.Changes.Single(c => c.Change == "choice:keepInformed=false");
        Assert.Equal((ChangeChannels.Web, VictimRightsChange.Citizen), (change.Channel, change.Actor));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>()
            .AnyAsync(e => e.Action == "victim-rights.change-choices" && e.EntityId == register.Id.ToString())));
        Assert.NotNull(after.QuerySelector("[data-testid=history] tr[data-change='choice:keepInformed=false']"));
    }

    [Fact]
    public async Task Incomplete_choices_are_refused_with_an_error_and_the_rights_read_in_English()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var url = $"/mijn/zaken/{aangifte.Id}/rechten";

        var refused = await citizen.PostFormAsync(url, new Dictionary<string, string>(NewChoices) { ["Slachtofferhulp"] = "misschien", ["Language"] = "xx" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(2, (await refused.ParseAsync()).QuerySelectorAll("#form-errors li").Length);
        var register = await app.RegisterAsync(aangifte.Id);
        Assert.True(register.KeepInformed);
        Assert.DoesNotContain(register.Changes, c => c.Change.StartsWith("choice:", StringComparison.Ordinal));

        var english = await citizen.GetPageAsync(url + "?culture=en");
        Assert.Equal("Your rights as a victim", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Information about your case", english.QuerySelector($"tr[data-right={CaseInformation}]")!.TextContent);
    }

    [Fact]
    public async Task Another_citizen_can_neither_see_nor_change_the_rights()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var other = await app.SignInAsCitizenAsync(OtherBsn, "Kees Bakker");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mijn/zaken/{aangifte.Id}/rechten")).StatusCode);
        var token = await MatrixFixture.FormTokenAsync(other, "/mijn");
        var post = await other.PostAsync($"/mijn/zaken/{aangifte.Id}/rechten",
            new FormUrlEncodedContent(new Dictionary<string, string>(NewChoices) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True((await app.RegisterAsync(aangifte.Id)).KeepInformed);
    }

    [Fact]
    public async Task Intake_of_the_unit_marks_an_obligation_met_and_another_unit_gets_not_found()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        var url = $"/medewerker/slachtofferrechten/{aangifte.Id}";
        var fields = new Dictionary<string, string> { ["RightId"] = IndividualAssessment, ["Evidence"] = "Beoordeeld aan de telefoon: geen extra bescherming nodig." };

        using var outsider = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.OtherUnit));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        var token = await MatrixFixture.FormTokenAsync(outsider, "/medewerker/tokens");
        var refused = await outsider.PostAsync(url + "?handler=MarkMet", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(ObligationStatus.Open, (await app.RegisterAsync(aangifte.Id)).Obligation(IndividualAssessment).Status);

        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var done = await intake.PostFormAsync(url, fields, $"tr[data-right={IndividualAssessment}] form");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var register = await app.RegisterAsync(aangifte.Id);
        var met = register.Obligation(IndividualAssessment);
        Assert.Equal((ObligationStatus.Met, fields["Evidence"]), (met.Status, met.Evidence));
        var change = register.Changes.Single(c => c.Change == $"obligation:{IndividualAssessment}=Met");
        Assert.Equal((ChangeChannels.Staff, "intake"), (change.Channel, change.Actor));
    }

    [Fact]
    public async Task Assessment_outcome_of_extra_protection_adds_the_protection_measures()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));

        var response = await intake.PostFormAsync($"/medewerker/slachtofferrechten/{aangifte.Id}",
            new Dictionary<string, string> { ["Vulnerable"] = "ja", ["Evidence"] = "Telefonisch: slachtoffer is bang voor de dader." }, "form[data-testid=assessment-form]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var register = await app.RegisterAsync(aangifte.Id);
        Assert.True(register.Vulnerable);
        Assert.Equal(ObligationStatus.Met, register.Obligation(IndividualAssessment).Status);
        Assert.Equal(ObligationStatus.Open, register.Obligation(AddressOutOfDocuments).Status);
        Assert.Equal(ObligationStatus.Open, register.Obligation(PriorityContact).Status);
        // A bicycle thief is not expected to seek out the victim: no domicilie or aangifte under a number.
        Assert.DoesNotContain(register.Obligations, o => o.RightId == AlternativeAddress);
        Assert.Contains(register.Changes, c => c.Change == "assessment:vulnerable=true" && c.Actor == "intake");
    }

    [Fact]
    public async Task Overdue_obligations_reach_the_supervisor_and_compliance_is_the_share_met_on_time()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        var register = await app.RegisterAsync(aangifte.Id);
        var past = DateTimeOffset.UtcNow.AddDays(-2);
        // Due so far: the statement (met at filing), compensation (met on time) and the assessment (open, overdue).
        await app.WithDbAsync(async db =>
        {
            await db.Set<VictimObligation>().Where(o => o.RegisterId == register.Id && o.RightId == IndividualAssessment)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DueAt, past));
            return await db.Set<VictimObligation>().Where(o => o.RegisterId == register.Id && o.RightId == Compensation)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DueAt, past).SetProperty(o => o.Status, ObligationStatus.Met).SetProperty(o => o.MetAt, past.AddHours(-1)));
        });

        using var supervisor = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, VictimRightsApp.Unit));
        var report = await supervisor.GetPageAsync("/medewerker/slachtofferrechten");
        var row = report.QuerySelector($"[data-testid=compliance] tr[data-unit={VictimRightsApp.Unit}]")!;
        Assert.Equal(("3", "2", "1", "66"), (Cell(row, "due"), Cell(row, "on-time"), Cell(row, "overdue"), Cell(row, "percent")));
        Assert.NotNull(report.QuerySelector($"[data-testid=overdue] tr[data-right={IndividualAssessment}]"));
        var clocks = await supervisor.GetPageAsync("/medewerker/termijnen");
        Assert.Contains(": 1.", clocks.QuerySelector("[data-testid=victim-rights-overdue]")!.TextContent);

        using var otherSupervisor = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, VictimRightsApp.OtherUnit));
        var otherReport = await otherSupervisor.GetPageAsync("/medewerker/slachtofferrechten");
        Assert.Null(otherReport.QuerySelector("[data-testid=compliance]"));
        Assert.Null(otherReport.QuerySelector("[data-testid=overdue]"));
    }

    private static string Cell(AngleSharp.Dom.IElement row, string column) => row.QuerySelector($"[data-col={column}]")!.TextContent.Trim();
}

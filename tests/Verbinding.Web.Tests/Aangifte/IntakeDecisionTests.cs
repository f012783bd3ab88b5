using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Aangifte.FollowUp;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Notifications;
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

    [Fact]
    public async Task An_unanswered_question_closes_the_aangifte_after_the_period_and_tells_the_citizen()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        var answered = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        foreach (var id in new[] { aangifte.Id, answered.Id })
            await intake.PostFormAsync($"/medewerker/intake/{id}", new Dictionary<string, string> { ["Question"] = "Wat is het framenummer?" }, "form[data-action=request-info]");
        // Asked 29 days ago (the period is 28): only the first one; the second was asked just now.
        await app.WithDbAsync(db => db.Set<SubmittedAangifte>().Where(a => a.Id == aangifte.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DecidedAt, DateTimeOffset.UtcNow.AddDays(-29))));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<InformationRequestExpiry>().ExpireAsync(default));

        var closed = await app.WithDbAsync(db => db.Set<SubmittedAangifte>().AsNoTracking().SingleAsync(a => a.Id == aangifte.Id));
        Assert.Equal(AangifteStatus.Afgewezen, closed.Status);
        Assert.Equal(RejectionCodes.NoAnswer, closed.RejectionCode);
        Assert.Equal(AangifteStatus.InformatieGevraagd, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().Where(a => a.Id == answered.Id).Select(a => a.Status).SingleAsync()));
        // The notice: a status notification (only a link to the portal) and the explanation on the case page.
        var keys = await app.WithDbAsync(db => db.Set<OutboxNotification>().Where(n => n.TemplateId == NotificationTemplateIds.AangifteStatus && n.ModelJson.Contains(aangifte.Id.ToString())).CountAsync());
        Assert.True(keys >= 2, $"{keys} status notifications (question, then closing)");
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        Assert.Contains("U heeft onze vraag niet op tijd beantwoord.", (await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}")).QuerySelector("main")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "aangifte.information-request-expired" && e.EntityId == aangifte.Id.ToString())));
    }
}

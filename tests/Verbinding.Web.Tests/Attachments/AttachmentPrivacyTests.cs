using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Privacy;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Attachments;

/// <summary>Files are personal data: they are in the citizen's export and go with the draft or the anonymised aangifte.</summary>
public sealed class AttachmentPrivacyTests
{
    private const string BsnText = "999990019";

    [Fact]
    public async Task Files_are_in_the_export_and_are_deleted_when_the_closed_aangifte_is_anonymised()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        Assert.True(Bsn.TryParse(BsnText, out var bsn));
        Guid aangifteId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var aangiftes = services.GetRequiredService<AangifteService>();
            var draft = await aangiftes.StartDraftAsync(bsn, services.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!,
                new EligibilityRecord([], 30, false, "test", false));
            await services.GetRequiredService<AttachmentStore>().AddToDraftAsync(draft, [Upload("fiets.png", TestFiles.Png())]);
            for (var i = 0; i < AangifteFlow.BicycleSteps.Length; i++)
            {
                Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next)).Check.IsValid);
            }
            aangifteId = (await aangiftes.SubmitAsync(bsn, "Anna Aalders", draft.Id, "nl")).Aangifte!.Id;
            var receipt = new AttachmentChecker(10_000_000, 320).Check("bon.pdf", TestFiles.Pdf()).File!;
            Assert.NotNull(await services.GetRequiredService<CaseMessages>().CitizenWritesAsync(bsn, aangifteId, "De bon.", [receipt]));
            var export = await services.GetRequiredService<PersonalDataExport>().CollectAsync(bsn, "Anna Aalders", "json", default);
            Assert.Equal(2, export.Count("attachments"));
            var staff = new StaffScope("test-intake", VictimRightsApp.Unit, false);
            await services.GetRequiredService<IntakeService>().ApproveAsync(staff, aangifteId);
            Assert.NotNull(await services.GetRequiredService<IntakeService>().FollowUpAsync(staff, aangifteId, AangifteStatus.Afgesloten, "opgelost"));
        }

        await app.ApplyAsync("closed-aangiftes", clock.GetUtcNow().AddDays(1826));

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Attachment>().CountAsync()));
    }

    [Fact]
    public async Task An_expired_drafts_files_are_deleted_with_it()
    {
        var (app, clock) = await RetentionApp.StartAsync();
        await using var _ = app;
        Assert.True(Bsn.TryParse(BsnText, out var bsn));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var draft = await scope.ServiceProvider.GetRequiredService<AangifteService>().StartDraftAsync(bsn,
                scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("diefstal")!, new EligibilityRecord([], 30, false, "test", false));
            await scope.ServiceProvider.GetRequiredService<AttachmentStore>().AddToDraftAsync(draft, [Upload("tas.jpg", TestFiles.Jpeg())]);
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Attachment>().CountAsync()));

        await app.ApplyAsync("aangifte-drafts", clock.GetUtcNow().AddDays(31));

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Attachment>().CountAsync()));
    }

    private static Upload Upload(string name, byte[] bytes) => new(name, bytes.Length, () => new MemoryStream(bytes));
}

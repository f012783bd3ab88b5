using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Citizen A's aangiftes, filed through <see cref="AangifteService"/> as the wizard does: one sent and registered by
/// intake of unit X (so the proof PDF and the verification exist) with a photo attached, and one draft that is only started (so posting its
/// review page cannot send it and the step pages stay reachable for the whole matrix).
/// </summary>
public static class SeededAangifte
{
    public const string BsnA = "999990019";
    public const string NameA = "Anna Aalders";

    public static async Task<(Guid DraftId, Guid AangifteId, string RegistrationNumber)> FileAsync(VerbindingApplication app, string marker)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        Assert.True(Bsn.TryParse(BsnA, out var bsn));
        var eligibility = new EligibilityRecord([], 30, false, "matrix", false);

        var draft = await aangiftes.StartDraftAsync(bsn, type, eligibility);
        var steps = AangifteFlow.BicycleSteps.Select(s => new Dictionary<string, string>(s)).ToList();
        steps[3]["description"] = $"Mijn e-bike stond op slot bij het station, kenmerk {marker}.";
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, steps[i], StepMove.Next)).Check.IsValid, $"Step {i} of the seeded aangifte is invalid");
        }
        var png = Attachments.TestFiles.Png();
        var photo = (await scope.ServiceProvider.GetRequiredService<AttachmentStore>()
            .AddToDraftAsync(draft, [new Upload("fiets.png", png.Length, () => new MemoryStream(png))])).Single();
        Assert.True(photo.Accepted);
        var sent = (await aangiftes.SubmitAsync(bsn, NameA, draft.Id, "nl")).Aangifte!;
        var registered = await scope.ServiceProvider.GetRequiredService<IntakeService>()
            .ApproveAsync(new StaffScope("matrix-intake", Principals.UnitX, false), sent.Id);
        Assert.NotNull(registered);

        var open = await aangiftes.StartDraftAsync(bsn, type, eligibility);
        return (open.Id, sent.Id, registered.RegistrationNumber!);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Citizens;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.VictimRights;

/// <summary>Intent methods for the register tests: file an aangifte as a citizen would, sign in over real HTTP, read the register.</summary>
internal static class VictimRightsApp
{
    public const string Unit = "midden-nederland"; // Utrecht, where the bicycle of AangifteFlow was stolen
    public const string OtherUnit = "amsterdam";

    public static Task<VerbindingApplication> StartAsync() => VerbindingApplication.StartAsync(MatrixFixture.HighRateLimits, kestrel: true);

    public static async Task<SubmittedAangifte> FileBicycleTheftAsync(this VerbindingApplication app, string bsnText, string name, string language = "nl")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false));
        for (var i = 0; i < AangifteFlow.BicycleSteps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next)).Check.IsValid, $"step {i}");
        }
        return (await aangiftes.SubmitAsync(bsn, name, draft.Id, language)).Aangifte!;
    }

    public static async Task ApproveAsync(this VerbindingApplication app, Guid aangifteId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IntakeService>().ApproveAsync(new StaffScope("test-intake", Unit, false), aangifteId));
    }

    public static Task<VictimRegister> RegisterAsync(this VerbindingApplication app, Guid aangifteId) => app.WithDbAsync(db =>
        db.Set<VictimRegister>().AsNoTracking().Include(r => r.Obligations).Include(r => r.Changes).SingleAsync(r => r.AangifteId == aangifteId));

    public static async Task<HttpClient> SignInAsCitizenAsync(this VerbindingApplication app, string bsn, string name)
    {
        using var browser = new Browser(app.ServerAddress);
        Assert.True(Browser.IsRedirect(await browser.SignInWithSimulatorAsync(bsn, name)));
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = browser.Cookies }) { BaseAddress = app.ServerAddress };
    }

    public static VictimObligation Obligation(this VictimRegister register, string rightId) => register.Obligations.Single(o => o.RightId == rightId);
}

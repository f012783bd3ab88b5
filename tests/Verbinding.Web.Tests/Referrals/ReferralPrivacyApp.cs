using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>Intent methods for the privacy side of referrals: a DigiD citizen's referral with a status address, a step, a link.</summary>
internal static class ReferralPrivacyApp
{
    /// <summary>A referral of a DigiD citizen who shared name and phone and wants news by e-mail.</summary>
    public static async Task<ReferralCreated> ReferAsync(this VerbindingApplication app, string bsn, string statusEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var values = new Dictionary<string, string?> { [ConsentItems.Phone] = "0612345678", [ConsentItems.Name] = "Anna de Vries" };
        var created = await scope.ServiceProvider.GetRequiredService<ReferralService>().CreateAsync(new ReferralRequest(
            "slachtofferhulp", ReferralSource.DecisionAid, null, null, bsn, null, values, [ConsentItems.Name, ConsentItems.Phone], statusEmail, "nl"));
        Assert.True(created.Succeeded);
        return created;
    }

    public static async Task DeclineAsync(this VerbindingApplication app, Guid referralId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<ReferralTracking>()
            .StaffSetsAsync(new StaffScope("test-supervisor", null, true), referralId, ReferralStatus.Declined);
        Assert.Equal(StaffChange.Done, changed);
    }

    public static async Task<Referral?> ByCitizenLinkAsync(this VerbindingApplication app, string token)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReferralQueries>().ByCitizenTokenAsync(token);
    }
}

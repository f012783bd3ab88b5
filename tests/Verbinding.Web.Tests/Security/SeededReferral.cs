using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Security;

/// <summary>Citizen A's warm handover from A's aangifte in unit X, stored as the consent page stores one.</summary>
internal static class SeededReferral
{
    public static async Task<Guid> CreateAsync(VerbindingApplication app, Guid aangifteId)
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Add(new Referral
            {
                Id = id, Reference = ReferralTokens.NewReference(), PartnerId = "slachtofferhulp", Source = ReferralSource.Aangifte,
                AangifteId = aangifteId, CitizenBsn = SeededAangifte.BsnA, EenheidId = Principals.UnitX, SharedItems = ConsentItems.Phone,
                ConsentedAt = DateTimeOffset.UtcNow, ConsentChannel = "web", Language = "nl",
                CitizenTokenHash = ReferralTokens.Hash(ReferralTokens.NewToken()), CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }
}

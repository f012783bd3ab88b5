using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Referrals;

/// <summary>Reads for the citizen (by link or DigiD), the case timeline and staff (by unit).</summary>
public sealed class ReferralQueries(VerbindingDbContext db)
{
    public async Task<Referral?> ByCitizenTokenAsync(string? token, CancellationToken ct = default)
    {
        if (!ReferralTokens.LooksValid(token))
        {
            return null;
        }
        var hash = ReferralTokens.Hash(token!);
        return await WithChanges().FirstOrDefaultAsync(r => r.CitizenTokenHash == hash, ct);
    }

    /// <summary>Someone else's referral is simply not found.</summary>
    public Task<Referral?> MineAsync(string bsn, Guid id, CancellationToken ct = default) =>
        WithChanges().FirstOrDefaultAsync(r => r.Id == id && r.CitizenBsn == bsn, ct);

    public Task<List<Referral>> ForAangifteAsync(Guid aangifteId, CancellationToken ct = default) =>
        WithChanges().Where(r => r.AangifteId == aangifteId).OrderBy(r => r.CreatedAt).ToListAsync(ct);

    public Task<List<Referral>> ForStaffAsync(StaffScope scope, int take, CancellationToken ct = default) =>
        db.Set<Referral>().AsNoTracking()
            .Where(r => scope.IsNational || r.EenheidId == scope.EenheidId)
            .OrderByDescending(r => r.CreatedAt).Take(take).ToListAsync(ct);

    private IQueryable<Referral> WithChanges() => db.Set<Referral>().AsNoTracking().Include(r => r.Changes);
}

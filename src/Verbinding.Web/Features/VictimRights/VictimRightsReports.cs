using Microsoft.EntityFrameworkCore;
using Verbinding.VictimRights;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.VictimRights;

public sealed record OverdueObligation(Guid AangifteId, string EenheidId, string RightId, ObligationOwner Owner, DateTimeOffset DueAt);

/// <summary>Per unit: obligations that were due (or met) so far, how many met on time, and what is open past its due time.</summary>
public sealed record UnitCompliance(string EenheidId, string EenheidName, int Due, int MetOnTime, int MetLate, int Overdue)
{
    /// <summary>Met on time as a whole percentage of what was due; null when nothing was due yet.</summary>
    public int? Percent => Due == 0 ? null : (int)Math.Floor(100.0 * MetOnTime / Due);
}

/// <summary>The supervisor's view of the register: overdue obligations and compliance per unit, unit-scoped.</summary>
public sealed class VictimRightsReports(VerbindingDbContext db, TimeProvider time)
{
    private const int MaxOverdueRows = 200;

    public async Task<int> OverdueCountAsync(StaffScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return await Scoped(scope).CountAsync(o => o.Status == ObligationStatus.Open && o.DueAt < now, ct);
    }

    public async Task<IReadOnlyList<OverdueObligation>> OverdueAsync(StaffScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await Scoped(scope).Where(o => o.Status == ObligationStatus.Open && o.DueAt < now)
            .Join(db.Set<VictimRegister>(), o => o.RegisterId, r => r.Id, (o, r) => new { r.AangifteId, o.EenheidId, o.RightId, o.Owner, o.DueAt })
            .OrderBy(o => o.DueAt).Take(MaxOverdueRows).ToListAsync(ct);
        return [.. rows.Select(o => new OverdueObligation(o.AangifteId, o.EenheidId, o.RightId, o.Owner, o.DueAt))];
    }

    public async Task<IReadOnlyList<UnitCompliance>> ComplianceAsync(StaffScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        // Not-applicable obligations were never owed; open ones not yet due cannot be judged yet.
        var rows = await Scoped(scope)
            .Where(o => o.Status == ObligationStatus.Met || (o.Status == ObligationStatus.Open && o.DueAt < now))
            .Select(o => new { o.EenheidId, o.Status, o.DueAt, o.MetAt })
            .ToListAsync(ct);
        var names = await db.Set<Eenheid>().AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return [.. rows.GroupBy(r => r.EenheidId).Select(g => new UnitCompliance(
                g.Key,
                names.GetValueOrDefault(g.Key, g.Key),
                g.Count(),
                g.Count(r => r.Status == ObligationStatus.Met && r.MetAt <= r.DueAt),
                g.Count(r => r.Status == ObligationStatus.Met && r.MetAt > r.DueAt),
                g.Count(r => r.Status == ObligationStatus.Open)))
            .OrderBy(u => u.EenheidName, StringComparer.Ordinal)];
    }

    private IQueryable<VictimObligation> Scoped(StaffScope scope) =>
        db.Set<VictimObligation>().AsNoTracking().Where(o => scope.IsNational || o.EenheidId == scope.EenheidId);
}

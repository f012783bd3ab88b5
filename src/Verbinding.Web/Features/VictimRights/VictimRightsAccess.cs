using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>
/// Who may see and change a register: the citizen their own (by BSN), staff of the owning unit (or national).
/// Anybody else gets null, which the pages answer with 404 so a register's existence is not disclosed.
/// </summary>
public sealed class VictimRightsAccess(VerbindingDbContext db, TimeProvider time, AuditTrail audit)
{
    public const int MaxEvidence = 1000;

    public async Task<VictimRegister?> ForCitizenAsync(Bsn citizen, Guid aangifteId, CancellationToken ct = default)
    {
        var register = await Registers().SingleOrDefaultAsync(r => r.AangifteId == aangifteId && r.CitizenBsn == citizen.Value, ct);
        if (register is not null)
        {
            await audit.RecordAsync(new AuditEvent("victim-rights.read-own", "VictimRegister", register.Id.ToString(), VictimRightsRegistry.Purpose), ct);
        }
        return register;
    }

    public async Task<VictimRegister?> ForStaffAsync(StaffScope scope, Guid aangifteId, CancellationToken ct = default)
    {
        var register = await Registers().FirstOrDefaultAsync(r => r.AangifteId == aangifteId, ct);
        if (register is null || !scope.CanAccess(register.EenheidId))
        {
            return null;
        }
        await audit.RecordAsync(new AuditEvent("victim-rights.read", "VictimRegister", register.Id.ToString(), VictimRightsRegistry.Purpose), ct);
        return register;
    }

    /// <summary>Staff record that an obligation was met, with evidence. False when it is not open (already met: nothing changes).</summary>
    public async Task<bool?> MarkMetAsync(StaffScope scope, Guid aangifteId, string rightId, string evidence, string role, CancellationToken ct = default)
    {
        var register = await Registers().FirstOrDefaultAsync(r => r.AangifteId == aangifteId, ct);
        if (register is null || !scope.CanAccess(register.EenheidId))
        {
            return null;
        }
        if (!RegisterHistory.Meet(db, register, rightId, evidence, time.GetUtcNow(), ChangeChannels.Staff, role))
        {
            return false;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("victim-rights.met", "VictimRegister", register.Id.ToString(), VictimRightsRegistry.Purpose), ct);
        return true;
    }

    private IQueryable<VictimRegister> Registers() =>
        db.Set<VictimRegister>().Include(r => r.Obligations).Include(r => r.Changes).AsSplitQuery();
}

using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Every status change of an aangifte goes through here: the status field, a timeline row and (when the citizen
/// should hear of it: progress of the case only when they chose to be kept informed) a notification, all in the caller's unit of work so they are saved together or not at all.
/// </summary>
public sealed class CaseTimeline(VerbindingDbContext db, CaseNotifier notifier, TimeProvider time)
{
    public async Task ChangeAsync(SubmittedAangifte aangifte, AangifteStatus status, string? reason = null, CancellationToken ct = default)
    {
        aangifte.Status = status;
        var change = new AangifteStatusChange { Id = Guid.NewGuid(), AangifteId = aangifte.Id, Status = status, Reason = reason, At = time.GetUtcNow() };
        db.Add(change);
        if (StatusExplanations.NotifiesCitizen(status) && (!StatusExplanations.IsCaseProgress(status) || await WantsToBeKeptInformedAsync(aangifte.Id, ct)))
        {
            await notifier.StatusChangedAsync(aangifte, change.Id, ct);
        }
    }

    /// <summary>The victim's "keep me informed" choice (Sv 51ac) as it stands now; without a register: yes.</summary>
    private async Task<bool> WantsToBeKeptInformedAsync(Guid aangifteId, CancellationToken ct) =>
        await db.Set<VictimRights.VictimRegister>().Where(r => r.AangifteId == aangifteId).Select(r => (bool?)r.KeepInformed).FirstOrDefaultAsync(ct) ?? true;

    public Task<List<AangifteStatusChange>> ForAsync(Guid aangifteId, CancellationToken ct = default) =>
        db.Set<AangifteStatusChange>().AsNoTracking().Where(c => c.AangifteId == aangifteId)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);
}

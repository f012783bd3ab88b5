using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

public sealed record CaseFilter(CaseStatus? Status, string? Unit, int Page);

public sealed record CasePage(IReadOnlyList<CaseFile> Cases, int Page, int PageCount, int Total);

/// <summary>A case with its items resolved, newest first.</summary>
public sealed record CaseView(CaseFile File, IReadOnlyList<CaseItem> Timeline);

/// <summary>Staff reads and status changes of cases, always within the colleague's unit scope and audited.</summary>
public sealed class CaseFiles(VerbindingDbContext db, CaseItems items, AuditTrail audit, TimeProvider time)
{
    public const string Purpose = "zaak";

    /// <summary>Null both for an unknown number and for a case of another unit: the page answers 404 either way.</summary>
    public async Task<CaseView?> FindForStaffAsync(string number, StaffActor staff, CancellationToken ct)
    {
        var file = await db.Set<CaseFile>().AsNoTracking().Include(c => c.Links).SingleOrDefaultAsync(c => c.Number == number, ct);
        if (file is null || !staff.Scope.CanAccess(file.EenheidId))
        {
            return null;
        }
        await audit.RecordAsync(new AuditEvent("case.read", nameof(CaseFile), file.Number, Purpose), ct);
        return new CaseView(file, await TimelineAsync(file, ct));
    }

    public async Task<IReadOnlyList<CaseItem>> TimelineAsync(CaseFile file, CancellationToken ct)
    {
        var loaded = await items.LoadAsync([.. file.Links.Select(l => (l.ItemType, l.ItemId))], ct);
        // Merged in memory: one case holds a handful of items from several tables.
        return [.. loaded.OrderByDescending(i => i.At).ThenBy(i => i.Type, StringComparer.Ordinal)];
    }

    public async Task<CasePage> ListAsync(StaffActor staff, CaseFilter filter, CancellationToken ct)
    {
        var query = db.Set<CaseFile>().AsNoTracking();
        if (!staff.Scope.IsNational)
        {
            query = query.Where(c => c.EenheidId == staff.Scope.EenheidId);
        }
        if (!string.IsNullOrEmpty(filter.Unit))
        {
            query = query.Where(c => c.EenheidId == filter.Unit);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + CaseLimits.PageSize - 1) / CaseLimits.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var cases = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number)
            .Skip((page - 1) * CaseLimits.PageSize).Take(CaseLimits.PageSize).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("case.list", nameof(CaseFile), null, Purpose), ct);
        return new CasePage(cases, page, pageCount, total);
    }

    public async Task<bool> ChangeStatusAsync(string number, StaffActor staff, CaseStatus status, string? reason, CancellationToken ct)
    {
        var file = await db.Set<CaseFile>().SingleOrDefaultAsync(c => c.Number == number, ct);
        if (file is null || !staff.Scope.CanAccess(file.EenheidId)
            || (status == CaseStatus.Afgesloten && (reason is null || !CaseClosingReasons.All.Contains(reason))))
        {
            return false;
        }
        file.Status = status;
        file.ClosingReason = status == CaseStatus.Afgesloten ? reason : null;
        file.ClosedAt = status == CaseStatus.Afgesloten ? time.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent($"case.status.{status}", nameof(CaseFile), file.Number, Purpose), ct);
        return true;
    }
}

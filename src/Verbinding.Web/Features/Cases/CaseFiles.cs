using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Cases.FollowUp;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

public sealed record CaseFilter(CaseStatus? Status, string? Unit, int Page);

public sealed record CasePage(IReadOnlyList<CaseFile> Cases, int Page, int PageCount, int Total);

/// <summary>A case with its items resolved, newest first.</summary>
public sealed record CaseView(CaseFile File, IReadOnlyList<CaseItem> Timeline);

/// <summary>Staff reads and status changes of cases, always within the colleague's unit scope and audited.</summary>
public sealed class CaseFiles(
    VerbindingDbContext db, CaseItems items, CaseStatusNotifier notifier, CaseClock clock, AuditTrail audit, TimeProvider time)
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

    /// <summary>
    /// Changes the status, tells the citizen (<see cref="CaseStatusNotifier"/>) and moves the case's clock. Posting the
    /// status the case already has is no change: nothing is sent. Two colleagues posting the same change at once make
    /// one change, because the update only applies to the status it was decided on.
    /// Cases opened from an aangifte are told too: the aangifte's own status e-mails come from intake's decisions on
    /// the aangifte and never change the case, so each e-mail reports a different change (docs/architecture.md, Cases).
    /// </summary>
    public async Task<bool> ChangeStatusAsync(string number, StaffActor staff, CaseStatus status, string? reason, CancellationToken ct)
    {
        var file = await db.Set<CaseFile>().AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, ct);
        if (file is null || !staff.Scope.CanAccess(file.EenheidId)
            || (status == CaseStatus.Afgesloten && (reason is null || !CaseClosingReasons.All.Contains(reason))))
        {
            return false;
        }
        var closingReason = status == CaseStatus.Afgesloten ? reason : null;
        if (file.Status == status)
        {
            if (file.ClosingReason != closingReason)
            {
                // Only the coded reason of a closed case changes: no news for the citizen beyond the closing they were told of.
                await db.Set<CaseFile>().Where(c => c.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosingReason, closingReason), ct);
                await audit.RecordAsync(new AuditEvent("case.closing-reason", nameof(CaseFile), file.Number, Purpose), ct);
            }
            return true;
        }
        var now = time.GetUtcNow();
        DateTimeOffset? closedAt = status == CaseStatus.Afgesloten ? now : null;
        var from = file.Status;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var changed = await db.Set<CaseFile>().Where(c => c.Id == file.Id && c.Status == from).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, status).SetProperty(c => c.ClosingReason, closingReason).SetProperty(c => c.ClosedAt, closedAt), ct);
            if (changed == 0)
            {
                return true; // a colleague changed it a moment earlier; their change was told
            }
            file.Status = status;
            file.ClosingReason = closingReason;
            file.ClosedAt = closedAt;
            await notifier.StatusChangedAsync(file, Guid.CreateVersion7(now), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await clock.StatusChangedAsync(file, status, ct);
        await audit.RecordAsync(new AuditEvent($"case.status.{status}", nameof(CaseFile), file.Number, Purpose), ct);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

/// <summary>CaseNotFound also for another unit's case: the page answers 404. A missing item is a message on the case page.</summary>
public enum LinkResult { Linked, Unlinked, CaseNotFound, ItemNotFound, OtherCitizen, IsOrigin }

/// <summary>
/// Adds and removes items of a case. An item must belong to the case's citizen (by contacts identity or, for an
/// aangifte, by BSN) and be visible to the colleague's unit; a case without a known citizen takes items of its own unit.
/// </summary>
public sealed class CaseLinking(VerbindingDbContext db, CaseItems items, CitizenDirectory citizens, CitizenKeys keys, AuditTrail audit, TimeProvider time)
{
    private const int MaxCandidates = 50;

    public async Task<LinkResult> LinkAsync(string number, StaffActor staff, string type, string id, CancellationToken ct)
    {
        var file = await db.Set<CaseFile>().Include(c => c.Links).SingleOrDefaultAsync(c => c.Number == number, ct);
        if (file is null || !staff.Scope.CanAccess(file.EenheidId))
        {
            return LinkResult.CaseNotFound;
        }
        if (!CaseItemTypes.IsKnown(type) || await items.FindAsync(type, id, ct) is not { } item || !staff.CanSeeQueue(item.Unit))
        {
            return LinkResult.ItemNotFound;
        }
        if (!await BelongsAsync(file, item, ct))
        {
            return LinkResult.OtherCitizen;
        }
        if (file.Links.Any(l => l.ItemType == type && l.ItemId == item.Id))
        {
            return LinkResult.Linked;
        }
        file.CitizenId ??= item.CitizenId;
        file.CitizenBsn ??= item.Bsn;
        db.Add(new CaseLink { Id = Guid.NewGuid(), CaseId = file.Id, ItemType = type, ItemId = item.Id, LinkedAt = time.GetUtcNow(), LinkedBy = staff.UserId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Linked in parallel (unique index): the item is in the case, which is what was asked.
            db.ChangeTracker.Clear();
        }
        await audit.RecordAsync(new AuditEvent($"case.link.{type}", nameof(CaseFile), file.Number, CaseFiles.Purpose), ct);
        return LinkResult.Linked;
    }

    /// <summary>The item the case was opened from stays: without it the case would lose its reason to exist.</summary>
    public async Task<LinkResult> UnlinkAsync(string number, StaffActor staff, string type, string id, CancellationToken ct)
    {
        var file = await db.Set<CaseFile>().AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, ct);
        if (file is null || !staff.Scope.CanAccess(file.EenheidId))
        {
            return LinkResult.CaseNotFound;
        }
        if (file.OriginType == type && file.OriginId == id)
        {
            return LinkResult.IsOrigin;
        }
        var removed = await db.Set<CaseLink>().Where(l => l.CaseId == file.Id && l.ItemType == type && l.ItemId == id).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await audit.RecordAsync(new AuditEvent($"case.unlink.{type}", nameof(CaseFile), file.Number, CaseFiles.Purpose), ct);
        }
        return removed > 0 ? LinkResult.Unlinked : LinkResult.ItemNotFound;
    }

    /// <summary>The picker: the citizen's items (contacts timeline, meldingen, aangiftes) that the colleague may see and that are not linked yet.</summary>
    public async Task<List<CaseItem>> CandidatesAsync(CaseFile file, StaffActor staff, CancellationToken ct)
    {
        var ids = await CitizenIdsAsync(file, ct);
        var refs = new List<(string, string)>();
        if (ids.Count > 0)
        {
            refs.AddRange((await db.Set<LoggedContact>().AsNoTracking().Where(c => c.CitizenId != null && ids.Contains(c.CitizenId.Value))
                .OrderByDescending(c => c.At).Take(MaxCandidates).Select(c => c.Id).ToListAsync(ct)).Select(i => (CaseItemTypes.Contact, i.ToString())));
            refs.AddRange((await db.Set<Conversation>().AsNoTracking().Where(c => c.CitizenId != null && ids.Contains(c.CitizenId.Value))
                .OrderByDescending(c => c.CreatedAt).Take(MaxCandidates).Select(c => c.Id).ToListAsync(ct)).Select(i => (CaseItemTypes.Conversation, i.ToString())));
            refs.AddRange((await db.Set<Melding>().AsNoTracking().Where(m => m.CitizenId != null && ids.Contains(m.CitizenId.Value))
                .OrderByDescending(m => m.SubmittedAt).Take(MaxCandidates).Select(m => m.Id).ToListAsync(ct))
                .Select(i => (CaseItemTypes.Melding, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        if (file.CitizenBsn is { } bsn)
        {
            refs.AddRange((await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => a.CitizenBsn == bsn)
                .OrderByDescending(a => a.SubmittedAt).Take(MaxCandidates).Select(a => a.Id).ToListAsync(ct)).Select(i => (CaseItemTypes.Aangifte, i.ToString())));
        }
        var linked = file.Links.Select(l => (l.ItemType, l.ItemId)).ToHashSet();
        var found = await items.LoadAsync([.. refs.Where(r => !linked.Contains(r))], ct);
        return [.. found.Where(i => staff.CanSeeQueue(i.Unit)).OrderByDescending(i => i.At)];
    }

    private async Task<bool> BelongsAsync(CaseFile file, CaseItem item, CancellationToken ct)
    {
        if (file.CitizenBsn is not null && item.Bsn == file.CitizenBsn)
        {
            return true;
        }
        var ids = await CitizenIdsAsync(file, ct);
        if (ids.Count == 0 && file.CitizenBsn is null)
        {
            return item.Unit == file.EenheidId || item.Unit == ConversationQueues.National;
        }
        if (item.CitizenId is { } citizen)
        {
            return ids.Contains(citizen);
        }
        // An appointment knows no citizen, only the e-mail address or phone number it was booked with.
        if (item.Type == CaseItemTypes.Appointment && Guid.TryParse(item.Id, out var appointmentId))
        {
            var booked = await db.Set<Appointment>().AsNoTracking().Where(a => a.Id == appointmentId).Select(a => new { a.Email, a.Phone }).SingleAsync(ct);
            foreach (var key in new[] { keys.Email(booked.Email), keys.Phone(booked.Phone) }.OfType<CitizenKey>())
            {
                if (await citizens.FindAsync(key, ct) is { } byContact && ids.Contains(byContact))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The case's citizen in the contacts timeline, also when only the aangifte's BSN was known at opening.</summary>
    private async Task<List<Guid>> CitizenIdsAsync(CaseFile file, CancellationToken ct)
    {
        var ids = new List<Guid>();
        if (file.CitizenId is { } id)
        {
            ids.Add(id);
        }
        if (file.CitizenBsn is not null && keys.Bsn(file.CitizenBsn) is { } key && await citizens.FindAsync(key, ct) is { } byBsn && !ids.Contains(byBsn))
        {
            ids.Add(byBsn);
        }
        return ids;
    }
}

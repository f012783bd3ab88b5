using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Attachments;

/// <summary>The bytes of one file, for the download endpoints.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// Who may read a file: the citizen whose aangifte (or draft) it is, and staff of the aangifte's unit (national staff
/// everywhere). Anyone else gets null, which the endpoint answers with 404: a file's existence is not disclosed.
/// </summary>
public sealed class AttachmentAccess(VerbindingDbContext db, AuditTrail audit)
{
    private const string Purpose = "aangifte-attachments";

    public async Task<AttachmentContent?> ForCitizenAsync(Bsn citizen, Guid id, bool thumbnail, CancellationToken ct = default)
    {
        var found = await Select(db.Set<Attachment>().Where(a => a.Id == id && a.CitizenBsn == citizen.Value), thumbnail, ct);
        return await AuditedAsync(found, "attachment.read-own", id, ct);
    }

    public async Task<AttachmentContent?> ForStaffAsync(StaffScope scope, Guid id, bool thumbnail, CancellationToken ct = default)
    {
        // Only files of a sent aangifte: a draft is the citizen's alone.
        var eenheid = await db.Set<Attachment>().Where(a => a.Id == id && a.AangifteId != null)
            .Join(db.Set<SubmittedAangifte>(), a => a.AangifteId, s => s.Id, (a, s) => s.EenheidId)
            .SingleOrDefaultAsync(ct);
        if (eenheid is null || !scope.CanAccess(eenheid))
        {
            return null;
        }
        return await AuditedAsync(await Select(db.Set<Attachment>().Where(a => a.Id == id), thumbnail, ct), "attachment.read", id, ct);
    }

    private static Task<AttachmentContent?> Select(IQueryable<Attachment> query, bool thumbnail, CancellationToken ct) => thumbnail
        ? query.Where(a => a.Thumbnail != null).Select(a => new AttachmentContent(a.FileName, "image/jpeg", a.Thumbnail!)).SingleOrDefaultAsync(ct)
        : query.Select(a => new AttachmentContent(a.FileName, a.ContentType, a.Content)).SingleOrDefaultAsync(ct);

    private async Task<AttachmentContent?> AuditedAsync(AttachmentContent? found, string action, Guid id, CancellationToken ct)
    {
        if (found is not null)
        {
            await audit.RecordAsync(new AuditEvent(action, "Attachment", id.ToString(), Purpose), ct);
        }
        return found;
    }
}

using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Messages between the citizen and the unit's handler on an aangifte. The citizen's message puts the aangifte in the
/// unit's intake queue until someone replies; a reply reaches the citizen as a link-only notification. Audited.
/// Returns null when the aangifte is not the caller's (another citizen, another unit): the page answers 404. Files
/// (already checked by <see cref="Attachments.AttachmentChecker"/>) are saved with the message in one unit of work.
/// </summary>
public sealed class CaseMessages(VerbindingDbContext db, CaseNotifier notifier, TimeProvider time, AuditTrail audit, Attachments.AttachmentStore attachments)
{
    private const string Purpose = "aangifte-messages";

    public async Task<CaseMessage?> CitizenWritesAsync(Bsn citizen, Guid aangifteId, string body, CancellationToken ct = default) =>
        await CitizenWritesAsync(citizen, aangifteId, body, [], ct);

    public async Task<CaseMessage?> CitizenWritesAsync(Bsn citizen, Guid aangifteId, string body, IReadOnlyList<Attachments.CleanFile> files, CancellationToken ct = default)
    {
        var aangifte = await db.Set<SubmittedAangifte>().SingleOrDefaultAsync(a => a.Id == aangifteId && a.CitizenBsn == citizen.Value, ct);
        if (aangifte is null)
        {
            return null;
        }
        var message = Add(aangifte.Id, fromCitizen: true, staffUserId: null, body);
        attachments.AddToMessage(aangifte, message.Id, staffId: null, files);
        aangifte.MessageWaiting = true;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.message.citizen", "Aangifte", aangifteId.ToString(), Purpose), ct);
        return message;
    }

    public async Task<CaseMessage?> HandlerRepliesAsync(StaffScope scope, Guid aangifteId, string body, CancellationToken ct = default) =>
        await HandlerRepliesAsync(scope, aangifteId, body, [], ct);

    public async Task<CaseMessage?> HandlerRepliesAsync(StaffScope scope, Guid aangifteId, string body, IReadOnlyList<Attachments.CleanFile> files, CancellationToken ct = default)
    {
        var aangifte = await db.Set<SubmittedAangifte>().SingleOrDefaultAsync(a => a.Id == aangifteId, ct);
        if (aangifte is null || !scope.CanAccess(aangifte.EenheidId))
        {
            return null;
        }
        var message = Add(aangifte.Id, fromCitizen: false, scope.UserId, body);
        attachments.AddToMessage(aangifte, message.Id, scope.UserId, files);
        aangifte.MessageWaiting = false;
        await notifier.MessageAsync(aangifte, message.Id, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.message.staff", "Aangifte", aangifteId.ToString(), Purpose), ct);
        return message;
    }

    /// <summary>The conversation in order; the caller has already checked access (and audited the read of the aangifte).</summary>
    public Task<List<CaseMessage>> ForAsync(Guid aangifteId, CancellationToken ct = default) =>
        db.Set<CaseMessage>().AsNoTracking().Where(m => m.AangifteId == aangifteId).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);

    private CaseMessage Add(Guid aangifteId, bool fromCitizen, string? staffUserId, string body)
    {
        var message = new CaseMessage
        {
            Id = Guid.NewGuid(), AangifteId = aangifteId, FromCitizen = fromCitizen, StaffUserId = staffUserId, Body = body, At = time.GetUtcNow(),
        };
        db.Add(message);
        return message;
    }
}

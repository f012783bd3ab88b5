using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Attachments;

/// <summary>One uploaded file as the web layer hands it over: the name the browser sent, its length and its bytes.</summary>
public sealed record Upload(string? FileName, long Length, Func<Stream> Open);

/// <summary>
/// Stores checked files on drafts, aangiftes and case messages. The caller has checked that the draft or aangifte is
/// the user's (own BSN, or the staff member's unit); uploads are audited. Reading is <see cref="AttachmentAccess"/>.
/// </summary>
public sealed class AttachmentStore(VerbindingDbContext db, IOptions<AttachmentOptions> options, TimeProvider time, AuditTrail audit)
{
    private const string Purpose = "aangifte-attachments";

    private AttachmentOptions Limits => options.Value;

    public int MaxPerAangifte => Limits.MaxPerAangifte;

    public int MaxPerMessage => Limits.MaxPerMessage;

    public long MaxFileBytes => Limits.MaxFileBytes;

    public Task<List<AttachmentInfo>> ForDraftAsync(Guid draftId, CancellationToken ct = default) =>
        Infos(db.Set<Attachment>().Where(a => a.DraftId == draftId), ct);

    /// <summary>The files sent with the aangifte itself (not those of case messages).</summary>
    public Task<List<AttachmentInfo>> ForAangifteAsync(Guid aangifteId, CancellationToken ct = default) =>
        Infos(db.Set<Attachment>().Where(a => a.AangifteId == aangifteId && a.MessageId == null), ct);

    public async Task<ILookup<Guid, AttachmentInfo>> ForMessagesAsync(Guid aangifteId, CancellationToken ct = default) =>
        (await Infos(db.Set<Attachment>().Where(a => a.AangifteId == aangifteId && a.MessageId != null), ct)).ToLookup(a => a.MessageId!.Value);

    public async Task<IReadOnlyList<AttachmentCheck>> AddToDraftAsync(AangifteDraft draft, IReadOnlyList<Upload> uploads, CancellationToken ct = default)
    {
        var present = await db.Set<Attachment>().CountAsync(a => a.DraftId == draft.Id, ct);
        var checks = await CheckAllAsync(uploads, Limits.MaxPerAangifte - present, ct);
        foreach (var check in checks.Where(c => c.Accepted))
        {
            var row = Row(check.File!, draft.CitizenBsn, staffId: null);
            row.DraftId = draft.Id;
            db.Add(row);
        }
        await db.SaveChangesAsync(ct);
        await AuditAsync("attachment.upload", "AangifteDraft", draft.Id, checks, ct);
        return checks;
    }

    /// <summary>Checks files for a case message before the message is written, so a refused file keeps the text.</summary>
    public Task<IReadOnlyList<AttachmentCheck>> CheckForMessageAsync(IReadOnlyList<Upload> uploads, CancellationToken ct = default) =>
        CheckAllAsync(uploads, Limits.MaxPerMessage, ct);

    /// <summary>Adds checked files to a message being saved (same unit of work as the message).</summary>
    public void AddToMessage(SubmittedAangifte aangifte, Guid messageId, string? staffId, IEnumerable<CleanFile> files)
    {
        foreach (var file in files)
        {
            var row = Row(file, aangifte.CitizenBsn, staffId);
            row.AangifteId = aangifte.Id;
            row.MessageId = messageId;
            db.Add(row);
        }
    }

    public async Task<bool> RemoveFromDraftAsync(AangifteDraft draft, Guid attachmentId, CancellationToken ct = default)
    {
        var removed = await db.Set<Attachment>().Where(a => a.Id == attachmentId && a.DraftId == draft.Id).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await audit.RecordAsync(new AuditEvent("attachment.remove", "AangifteDraft", draft.Id.ToString(), Purpose), ct);
        }
        return removed > 0;
    }

    /// <summary>On submission the draft's files become the aangifte's (and no longer die with the draft).</summary>
    public Task<int> MoveToAangifteAsync(Guid draftId, Guid aangifteId, CancellationToken ct = default) =>
        db.Set<Attachment>().Where(a => a.DraftId == draftId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AangifteId, aangifteId).SetProperty(a => a.DraftId, (Guid?)null), ct);

    private async Task<IReadOnlyList<AttachmentCheck>> CheckAllAsync(IReadOnlyList<Upload> uploads, int room, CancellationToken ct)
    {
        var checker = new AttachmentChecker(Limits.MaxFileBytes, Limits.ThumbnailSize);
        var checks = new List<AttachmentCheck>();
        foreach (var upload in uploads)
        {
            if (upload.Length > Limits.MaxFileBytes)
            {
                // Refused on its declared length: never read into memory.
                checks.Add(AttachmentCheck.Refuse(FileNames.Shown(upload.FileName), Refusal.TooLarge));
                continue;
            }
            var check = checker.Check(upload.FileName, await ReadAsync(upload, ct));
            if (check.Accepted && checks.Count(c => c.Accepted) >= room)
            {
                check = AttachmentCheck.Refuse(FileNames.Shown(upload.FileName), Refusal.TooMany);
            }
            checks.Add(check);
        }
        return checks;
    }

    private async Task<byte[]> ReadAsync(Upload upload, CancellationToken ct)
    {
        await using var stream = upload.Open();
        using var buffer = new MemoryStream((int)Math.Max(0, upload.Length));
        // Never more than the limit plus one byte, whatever the declared length said.
        await stream.CopyToAsync(new LimitedStream(buffer, Limits.MaxFileBytes + 1), ct);
        return buffer.ToArray();
    }

    private Attachment Row(CleanFile file, string citizenBsn, string? staffId) => new()
    {
        Id = Guid.CreateVersion7(),
        CitizenBsn = citizenBsn,
        UploadedByStaffId = staffId,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Size = file.Bytes.Length,
        Sha256 = file.Sha256,
        Content = file.Bytes,
        Thumbnail = file.Thumbnail,
        CreatedAt = time.GetUtcNow(),
    };

    private async Task AuditAsync(string action, string entityType, Guid id, IReadOnlyList<AttachmentCheck> checks, CancellationToken ct)
    {
        if (checks.Any(c => c.Accepted))
        {
            await audit.RecordAsync(new AuditEvent(action, entityType, id.ToString(), Purpose), ct);
        }
    }

    private static Task<List<AttachmentInfo>> Infos(IQueryable<Attachment> query, CancellationToken ct) => query.AsNoTracking()
        .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
        .Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.Thumbnail != null, a.MessageId))
        .ToListAsync(ct);
}

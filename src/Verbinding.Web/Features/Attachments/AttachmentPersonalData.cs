using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// The files on the citizen's aangiftes, drafts and case messages: what they are, not their bytes (the export stays
/// small; each file is downloadable on its case page). The SHA-256 lets the citizen match a file they kept.
/// </summary>
public sealed class AttachmentPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var files = await db.Set<Attachment>().AsNoTracking().Where(a => a.CitizenBsn == bsn)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.CreatedAt, a.MessageId, FromPolice = a.UploadedByStaffId != null,
                Receipt = db.Set<SubmittedAangifte>().Where(s => s.Id == a.AangifteId).Select(s => s.ReceiptNumber).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return
        [
            new("attachments", [.. files.Select(f => new PersonalDataRecord
            {
                { "fileName", f.FileName }, { "contentType", f.ContentType }, { "bytes", f.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                { "sha256", f.Sha256 }, { "receiptNumber", f.Receipt }, { "withMessage", f.MessageId is not null },
                { "from", f.FromPolice ? "police" : "citizen" }, { "at", f.CreatedAt },
            })], [.. files.Select(f => f.Id.ToString())]),
        ];
    }
}

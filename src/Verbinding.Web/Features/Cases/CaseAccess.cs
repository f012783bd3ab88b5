using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

/// <summary>One line of the citizen's timeline: what kind of item, when, and (for an aangifte) its status. No summaries, no staff names.</summary>
public sealed record CitizenCaseEntry(string Type, DateTimeOffset At, string Reference, AangifteStatus? AangifteStatus);

/// <summary>No title: a colleague wrote it for colleagues.</summary>
public sealed record CitizenCaseView(string Number, CaseStatus Status, string? ClosingReason, DateTimeOffset CreatedAt,
    IReadOnlyList<CitizenCaseEntry> Entries);

/// <summary>
/// The citizen's read-only view of a case: by case number and access code (no DigiD), or as a signed-in citizen.
/// </summary>
public sealed class CaseAccess(VerbindingDbContext db, CaseFiles files, CitizenKeys keys, CitizenDirectory citizens, AuditTrail audit)
{
    /// <summary>A hash that no code produces, so an unknown number costs the same comparison as a known one.</summary>
    private static readonly string NoMatch = new('0', 64);

    /// <summary>Null for an unknown number and for a wrong code alike, so the answer does not reveal which numbers exist.</summary>
    public async Task<CitizenCaseView?> WithCodeAsync(string? number, string? code, CancellationToken ct)
    {
        var normalised = CaseNumbers.Normalise(number);
        if (normalised is null || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var file = await db.Set<CaseFile>().AsNoTracking().Include(c => c.Links).SingleOrDefaultAsync(c => c.Number == normalised, ct);
        var matches = TrackingCodes.Matches(code, file?.AccessCodeHash ?? NoMatch);
        if (file is null || !matches)
        {
            return null;
        }
        await audit.RecordAsync(new AuditEvent("case.read-with-code", nameof(CaseFile), file.Number, "inzage"), ct);
        return await ViewAsync(file, ct);
    }

    /// <summary>"Mijn zaken": the signed-in citizen's cases, found by the BSN of their aangiftes.</summary>
    public async Task<List<CaseFile>> MineAsync(string bsn, CancellationToken ct)
    {
        // Also cases opened from a contact or melding, when the citizen's BSN is linked to them in the contacts timeline.
        Guid? citizenId = keys.Bsn(bsn) is { } key ? await citizens.FindAsync(key, ct) : null;
        var list = await db.Set<CaseFile>().AsNoTracking().Where(c => c.CitizenBsn == bsn || (citizenId != null && c.CitizenId == citizenId))
            .OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("case.list-own", nameof(CaseFile), null, "inzage"), ct);
        return list;
    }

    private async Task<CitizenCaseView> ViewAsync(CaseFile file, CancellationToken ct)
    {
        var timeline = await files.TimelineAsync(file, ct);
        var entries = timeline.Select(i => new CitizenCaseEntry(i.Type, i.At, i.Type is CaseItemTypes.Aangifte or CaseItemTypes.Melding or CaseItemTypes.Appointment ? i.Reference : "",
            i.Type == CaseItemTypes.Aangifte && Enum.TryParse<AangifteStatus>(i.Status, out var s) ? s : null)).ToList();
        return new CitizenCaseView(file.Number, file.Status, file.ClosingReason, file.CreatedAt, entries);
    }
}

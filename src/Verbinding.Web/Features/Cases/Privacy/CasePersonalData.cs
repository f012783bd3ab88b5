using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases.Privacy;

/// <summary>The citizen's cases (by BSN or by their contacts timeline): number, status, dates and which kinds of items are in it.</summary>
public sealed class CasePersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var citizenId = subject.CitizenId;
        var cases = await db.Set<CaseFile>().AsNoTracking().Include(c => c.Links)
            .Where(c => c.CitizenBsn == bsn || (citizenId != null && c.CitizenId == citizenId))
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return
        [
            new("cases", [.. cases.Select(c => new PersonalDataRecord
            {
                { "number", c.Number }, { "title", c.Title }, { "status", c.Status.ToString() }, { "eenheid", c.EenheidId },
                { "createdAt", c.CreatedAt }, { "closedAt", c.ClosedAt }, { "closingReason", c.ClosingReason },
                { "items", string.Join(", ", c.Links.OrderBy(l => l.LinkedAt).Select(l => l.ItemType)) },
            })], [.. cases.Select(c => c.Number)]),
        ];
    }
}

using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>The victim's own choices per aangifte (keep informed, Slachtofferhulp, compensation, release of information).</summary>
public sealed class VictimRightsPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var registers = await db.Set<VictimRegister>().AsNoTracking().Where(r => r.CitizenBsn == bsn).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        return
        [
            new("victimRightsChoices", [.. registers.Select(r => new PersonalDataRecord
            {
                { "aangifteId", r.AangifteId.ToString() }, { "offence", r.OffenceId }, { "language", r.Language },
                { "keepInformed", r.KeepInformed }, { "slachtofferhulp", r.Slachtofferhulp }, { "compensation", r.Compensation },
                { "releaseInformation", r.ReleaseInformation }, { "updatedAt", r.UpdatedAt },
            })], [.. registers.Select(r => r.Id.ToString())]),
        ];
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// "Who looked at my data": the audit entries of staff on the citizen's records. Role, unit and purpose by default;
/// the colleague's name only when <see cref="PrivacyOptions.ShowStaffNames"/> is on (Wpg: names may be withheld).
/// </summary>
public sealed class AccessHistory(VerbindingDbContext db, IOptions<PrivacyOptions> options)
{
    private static readonly string[] NotStaff = ["Citizen", "Anonymous", AuditActor.System.Role];

    public async Task<IReadOnlyList<AccessRecord>> ForAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct)
    {
        if (entityIds.Count == 0)
        {
            return [];
        }
        var entries = new List<AuditEntry>();
        // In chunks: a long-standing citizen may have many records, and databases cap the parameters of one IN list.
        foreach (var chunk in entityIds.Distinct().Chunk(500))
        {
            entries.AddRange(await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.EntityId != null && chunk.Contains(e.EntityId) && !NotStaff.Contains(e.ActorRole))
                .ToListAsync(ct));
        }
        var names = options.Value.ShowStaffNames ? await NamesAsync(entries, ct) : [];
        return [.. entries.OrderBy(e => e.Sequence)
            .Select(e => new AccessRecord(e.At, e.ActorRole, e.EenheidId, e.Action, e.Purpose, names.GetValueOrDefault(e.ActorId)))];
    }

    private async Task<Dictionary<string, string>> NamesAsync(List<AuditEntry> entries, CancellationToken ct)
    {
        const string prefix = "staff:"; // StaffClaimsPrincipalFactory's actor id
        var ids = entries.Select(e => e.ActorId).Where(a => a.StartsWith(prefix, StringComparison.Ordinal))
            .Select(a => a[prefix.Length..]).Distinct().ToList();
        return await db.Set<StaffUser>().AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => prefix + u.Id, u => u.DisplayName, ct);
    }
}

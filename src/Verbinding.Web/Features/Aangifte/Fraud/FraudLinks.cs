using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Linked internet-fraud reports, as the Landelijk Meldpunt Internetoplichting links them by hand: reports that share a
/// normalised counterparty identifier, across all units. The caller has already opened its own aangifte (unit-scoped);
/// other units' reports are shown as reference, unit, date and amount only. Every look is audited.
/// </summary>
public sealed class FraudLinks(VerbindingDbContext db, ReferenceData reference, AuditTrail audit)
{
    private const string Purpose = "aangifte-fraud-links";

    public async Task<IReadOnlyList<IdentifierLinkSummary>> SummaryAsync(SubmittedAangifte aangifte, CancellationToken ct = default)
    {
        if (aangifte.FraudIdentifiers.Count == 0)
        {
            return [];
        }
        var groups = await GroupsAsync(scope: null, aangifte, ct);
        await audit.RecordAsync(new AuditEvent("aangifte.fraud-links", "Aangifte", aangifte.Id.ToString(), Purpose), ct);
        return [.. groups.Where(g => g.Reports.Count > 0)
            .Select(g => new IdentifierLinkSummary(g.Kind, g.Value, g.Reports.Count, g.Reports.Select(r => r.EenheidId).Distinct().Count(), g.Reports.Sum(r => r.Amount)))];
    }

    public async Task<IReadOnlyList<SeriesGroup>> SeriesAsync(StaffScope scope, SubmittedAangifte aangifte, CancellationToken ct = default)
    {
        var groups = await GroupsAsync(scope, aangifte, ct);
        await audit.RecordAsync(new AuditEvent("aangifte.fraud-series", "Aangifte", aangifte.Id.ToString(), Purpose), ct);
        return groups;
    }

    /// <summary>Of the given aangiftes, those that share an identifier with any other aangifte (the queue's flag).</summary>
    public async Task<IReadOnlySet<Guid>> LinkedAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var index = db.Set<FraudIdentifier>();
        var linked = await index.Where(f => ids.Contains(f.AangifteId))
            .Where(f => index.Any(o => o.Kind == f.Kind && o.Value == f.Value && o.AangifteId != f.AangifteId))
            .Select(f => f.AangifteId).Distinct().ToListAsync(ct);
        return linked.ToHashSet();
    }

    private async Task<List<SeriesGroup>> GroupsAsync(StaffScope? scope, SubmittedAangifte aangifte, CancellationToken ct)
    {
        var groups = new List<SeriesGroup>();
        foreach (var identifier in aangifte.FraudIdentifiers.OrderBy(i => Order(i.Kind)))
        {
            var others = await db.Set<FraudIdentifier>()
                .Where(f => f.Kind == identifier.Kind && f.Value == identifier.Value && f.AangifteId != aangifte.Id)
                .Join(db.Set<SubmittedAangifte>(), f => f.AangifteId, a => a.Id,
                    (f, a) => new { a.Id, a.ReceiptNumber, a.RegistrationNumber, a.EenheidId, a.SubmittedAt })
                .OrderByDescending(a => a.SubmittedAt).Take(500).ToListAsync(ct);
            var amounts = await AmountsAsync([.. others.Select(o => o.Id)], ct);
            groups.Add(new SeriesGroup(identifier.Kind, identifier.Value, [.. others.Select(o => new LinkedReport(
                scope?.CanAccess(o.EenheidId) == true ? o.Id : null, o.RegistrationNumber ?? o.ReceiptNumber, o.EenheidId,
                reference.Eenheden.FirstOrDefault(e => e.Id == o.EenheidId)?.Name ?? o.EenheidId, o.SubmittedAt,
                amounts.GetValueOrDefault(o.Id)))]));
        }
        return groups;
    }

    private static int Order(string kind) => FraudIdentifierKinds.All.ToList().IndexOf(kind);

    /// <summary>Paid plus the value of goods per aangifte; summed here because SQLite cannot sum decimals.</summary>
    private async Task<Dictionary<Guid, decimal>> AmountsAsync(List<Guid> ids, CancellationToken ct)
    {
        var payments = await db.Set<FraudPayment>().Where(p => ids.Contains(p.AangifteId)).Select(p => new { p.AangifteId, p.Amount }).ToListAsync(ct);
        var items = await db.Set<AangifteItem>().Where(i => ids.Contains(i.AangifteId) && i.Value != null).Select(i => new { i.AangifteId, Amount = i.Value!.Value }).ToListAsync(ct);
        return payments.Concat(items).GroupBy(x => x.AangifteId).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));
    }
}

using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen.Staff;

/// <summary>Area view per basisteam for the local "driehoek": counts and hotspots, no personal data, exportable.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffMeldingRoles.Roles + "," + StaffRoles.Analyst)]
public sealed class AreaModel(VerbindingDbContext db, MeldingCatalog catalog, TimeProvider time, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Basisteam { get; set; }
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 12;

    public IReadOnlyList<Basisteam> Basisteams { get; private set; } = [];
    public IReadOnlyList<WeekCount> PerWeek { get; private set; } = [];
    public IReadOnlyList<Hotspot> Hotspots { get; private set; } = [];
    public MeldingCatalog Catalog => catalog;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Basisteam is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(new AuditEvent("export", "MeldingAreaStatistics", Basisteam, "driehoek"), ct);
        var csv = AreaStatistics.Csv(Basisteam, PerWeek, Hotspots);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"meldingen-{Basisteam}.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        Basisteams = await db.Set<Basisteam>().AsNoTracking()
            .Where(b => scope.IsNational || b.EenheidId == scope.EenheidId).OrderBy(b => b.Name).ToListAsync(ct);
        Basisteam ??= Basisteams.FirstOrDefault()?.Id;
        if (Basisteam is null || Basisteams.All(b => b.Id != Basisteam))
        {
            return false;
        }
        Weeks = Math.Clamp(Weeks, 1, 104);
        var from = time.GetUtcNow().AddDays(-7 * Weeks);
        var facts = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.BasisteamId == Basisteam && m.SubmittedAt >= from)
            .Select(m => new AreaFact(m.CategoryId, m.SubmittedAt, m.Street, m.MunicipalityCode, m.PostcodeArea))
            .ToListAsync(ct);
        PerWeek = AreaStatistics.PerWeek(facts);
        Hotspots = AreaStatistics.Hotspots(facts);
        return true;
    }

    public string CategoryTitle(string id) => catalog.Find(id)?.Title.ToString() ?? id;
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen.Staff;

[Authorize(Policy = StaffPolicies.Staff, Roles = StaffMeldingRoles.Roles)]
public sealed class QueueModel(VerbindingDbContext db, MeldingCatalog catalog, TimeProvider time, AuditTrail audit, IOptions<MeldingenOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Basisteam { get; set; }
    [BindProperty(SupportsGet = true)] public int? OlderThan { get; set; }
    [BindProperty(SupportsGet = true)] public bool Handled { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = new([], 1, 1, 0);

    public IReadOnlyList<Basisteam> Basisteams { get; private set; } = [];

    public MeldingCatalog Catalog => catalog;

    public int WindowDays => options.Value.BundleWindowDays;

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        Basisteams = await db.Set<Basisteam>().AsNoTracking()
            .Where(b => scope.IsNational || b.EenheidId == scope.EenheidId).OrderBy(b => b.Name).ToListAsync(ct);
        Result = await MeldingQueue.ListAsync(db.Set<MeldingBundle>(), scope,
            new QueueFilter(Category, Basisteam, OlderThan, Handled, PageNumber), catalog, Now, options.Value.QueuePageSize, ct);
        await audit.RecordAsync(new AuditEvent("read", "MeldingQueue", null, "melding-handling"), ct);
    }

    public string BasisteamName(string id) => Basisteams.FirstOrDefault(b => b.Id == id)?.Name ?? id;

    public string PageLink(int page) => Url.Page("Queue", new { Category, Basisteam, OlderThan, Handled, p = page })!;
}

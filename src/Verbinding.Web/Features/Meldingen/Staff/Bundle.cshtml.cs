using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen.Staff;

/// <summary>All meldingen about one place: the team reads them together and answers every reporter with one action.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffMeldingRoles.Roles)]
public sealed class BundleModel(
    VerbindingDbContext db, MeldingCatalog catalog, BundleFeedbackService feedback, AuditTrail audit,
    IOptions<MeldingenOptions> options, IStringLocalizer<MeldingenText> text) : PageModel
{
    private const string DoneKey = "Melding.FeedbackDone";

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }

    public MeldingBundle Bundle { get; private set; } = null!;

    public IReadOnlyList<MeldingFeedback> History { get; private set; } = [];

    public MeldingCatalog Catalog => catalog;

    public int WindowDays => options.Value.BundleWindowDays;

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Done = TempData[DoneKey] as string;
        await audit.RecordAsync(new AuditEvent("read", nameof(MeldingBundle), id.ToString(CultureInfo.InvariantCulture), "melding-handling"), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var (result, count, notified) = await feedback.GiveAsync(id, Outcome, Note, StaffScope.From(User), baseUrl, ct);
        switch (result)
        {
            case FeedbackResult.NotFound:
                return NotFound();
            case FeedbackResult.UnknownOutcome:
                // The outcome is checked before the bundle: another unit's (or no) bundle must still be a 404, not a page without a bundle.
                if (!await LoadAsync(id, ct))
                {
                    return NotFound();
                }
                ModelState.AddModelError(nameof(Outcome), text["ErrorOutcomeRequired"]);
                return Page();
            default:
                TempData[DoneKey] = text["FeedbackDone", count, notified].Value;
                return RedirectToPage(new { id });
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        var bundle = await db.Set<MeldingBundle>().AsNoTracking()
            .Include(b => b.Meldingen.OrderBy(m => m.SubmittedAt))
            .FirstOrDefaultAsync(b => b.Id == id, ct);
        // Another unit's bundle looks exactly like one that does not exist.
        if (bundle is null || !scope.CanAccess(bundle.EenheidId))
        {
            return false;
        }
        Bundle = bundle;
        History = await db.Set<MeldingFeedback>().AsNoTracking().Where(f => f.BundleId == id).OrderByDescending(f => f.Id).ToListAsync(ct);
        return true;
    }
}

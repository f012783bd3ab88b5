using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Cases.Pages;

/// <summary>One case for staff: its merged timeline, the picker for more items of the same citizen, and its status.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = CaseRoles.Roles)]
public sealed class CaseModel(CaseFiles files, CaseLinking linking, CaseItems items, FollowUp.CaseClock clocks, TimeProvider time,
    IStringLocalizer<CasesText> text) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<CaseItem> Candidates { get; private set; } = [];

    /// <summary>The case's service clock, or null for a case without one.</summary>
    public FollowUp.CaseClockView? Clock { get; private set; }

    [BindProperty]
    public string? ItemType { get; set; }

    [BindProperty]
    public string? ItemId { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public CaseStatus NewStatus { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var staff = StaffActor.From(User);
        if (await files.FindForStaffAsync(number, staff, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        Clock = await clocks.FindAsync(view.File, time.GetUtcNow(), ct);
        Candidates = await linking.CandidatesAsync(view.File, staff, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(string number, CancellationToken ct)
    {
        var result = await linking.LinkAsync(number, StaffActor.From(User), ItemType ?? "", ItemId ?? "", ct);
        return Outcome(number, result);
    }

    /// <summary>Adds an item by its number, e.g. an appointment, which the picker cannot list (it has no citizen record).</summary>
    public async Task<IActionResult> OnPostLinkReferenceAsync(string number, CancellationToken ct)
    {
        var found = await items.ByReferenceAsync(Reference, ct);
        var result = await linking.LinkAsync(number, StaffActor.From(User), found?.Type ?? "", found?.Id ?? "", ct);
        return Outcome(number, result);
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string number, CancellationToken ct)
    {
        var result = await linking.UnlinkAsync(number, StaffActor.From(User), ItemType ?? "", ItemId ?? "", ct);
        return Outcome(number, result);
    }

    private IActionResult Outcome(string number, LinkResult result)
    {
        if (result == LinkResult.CaseNotFound)
        {
            return NotFound();
        }
        TempData["Message"] = text[$"Result_{result}"].Value;
        return RedirectToPage(new { number });
    }

    public async Task<IActionResult> OnPostStatusAsync(string number, CancellationToken ct)
    {
        var staff = StaffActor.From(User);
        if (await files.FindForStaffAsync(number, staff, ct) is null)
        {
            return NotFound();
        }
        var saved = await files.ChangeStatusAsync(number, staff, NewStatus, string.IsNullOrEmpty(Reason) ? null : Reason, ct);
        TempData["Message"] = text[saved ? "StatusSaved" : "StatusInvalid"].Value;
        return RedirectToPage(new { number });
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.VictimRights.Pages.Staff;

/// <summary>
/// Intake's view of one victim's register: each obligation with owner, due date and evidence, and a form to record
/// one as met. Unit-scoped: another unit's case is a 404. The history records the staff role, not the name.
/// </summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor)]
public sealed class CaseModel(
    VictimRightsAccess access, VictimRightsRegistry registry, TimeProvider time, IStringLocalizer<VictimRightsText> text) : PageModel
{
    public VictimRegister Register { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public string Language => SiteCultures.IsEnglish ? "en" : "nl";

    [BindProperty]
    public string? RightId { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    /// <summary>Outcome of the individual assessment: "ja" (extra protection needed) or "nee".</summary>
    [BindProperty]
    public string? Vulnerable { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMarkMetAsync(Guid id, CancellationToken ct)
    {
        var evidence = Evidence?.Trim() ?? "";
        if (evidence.Length is 0 or > VictimRightsAccess.MaxEvidence || FieldValidator.HasControlCharacters(evidence, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Evidence), text["ErrorEvidence"]);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var met = await access.MarkMetAsync(StaffScope.From(User), id, RightId ?? "", evidence, Role(), ct);
        if (met is null)
        {
            return NotFound();
        }
        Message = met.Value ? text["MarkedMet"] : text["AlreadyMet"];
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssessAsync(Guid id, CancellationToken ct)
    {
        var evidence = Evidence?.Trim() ?? "";
        if (Vulnerable is not (ChoicesForm.Yes or ChoicesForm.No))
        {
            ModelState.AddModelError(nameof(Vulnerable), text["ErrorAssessment"]);
        }
        if (evidence.Length is 0 or > VictimRightsAccess.MaxEvidence || FieldValidator.HasControlCharacters(evidence, allowNewLines: true))
        {
            ModelState.AddModelError(nameof(Evidence), text["ErrorEvidence"]);
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await registry.RecordAssessmentAsync(Register, Vulnerable == ChoicesForm.Yes, evidence, Role(), ct);
        Message = text["Assessed"];
        return Page();
    }

    /// <summary>The history says which role acted (intake, supervisor), never who by name.</summary>
    private string Role() => User.IsInRole(StaffRoles.Intake) ? "intake" : User.IsInRole(StaffRoles.Supervisor) ? "supervisor" : "medewerker";

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var register = await access.ForStaffAsync(StaffScope.From(User), id, ct);
        if (register is null)
        {
            return false;
        }
        (Register, Now) = (register, time.GetUtcNow());
        return true;
    }
}

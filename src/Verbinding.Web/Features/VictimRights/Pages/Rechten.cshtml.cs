using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.VictimRights.Pages;

/// <summary>
/// The citizen's rights for one of their aangiftes, and the form to change their choices (also embedded in the case
/// page, which posts here). Someone else's aangifte is a 404. Works without JavaScript: post, then redirect back.
/// </summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class RechtenModel(
    VictimRightsAccess access, VictimRightsRegistry registry, CurrentCitizen citizen, TimeProvider time, IStringLocalizer<VictimRightsText> text) : PageModel
{
    public RightsSection Section { get; private set; } = null!;

    [BindProperty]
    public ChoicesForm Form { get; set; } = new();

    [FromQuery(Name = "opgeslagen")]
    public int? Saved { get; set; }

    public string Language => SiteCultures.IsEnglish ? "en" : "nl";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var register = await access.ForCitizenAsync(citizen.Bsn!.Value, id, ct);
        if (register is null)
        {
            return NotFound();
        }
        Section = new RightsSection(register, time.GetUtcNow(), Language, ChoicesForm.From(register));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var register = await access.ForCitizenAsync(citizen.Bsn!.Value, id, ct);
        if (register is null)
        {
            return NotFound();
        }
        var choices = Form.ToChoices();
        if (choices is null)
        {
            ModelState.AddModelError("Form", text["ErrorChoice"]);
        }
        if (!Form.LanguageIsValid)
        {
            ModelState.AddModelError("Language", text["ErrorLanguage"]);
        }
        if (choices is null || !ModelState.IsValid)
        {
            Section = new RightsSection(register, time.GetUtcNow(), Language, Form);
            return Page();
        }
        var changed = await registry.ChangeChoicesAsync(register, choices, Form.Language!, ChangeChannels.Web, VictimRightsChange.Citizen, ct);
        return Redirect($"/mijn/zaken/{id}/rechten?opgeslagen={(changed > 0 ? 1 : 0)}");
    }
}

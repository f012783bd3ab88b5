using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class OntvangenModel(AangifteService aangiftes, CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public SubmittedAangifte Aangifte { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await aangiftes.FindMineAsync(citizen.Bsn!.Value, id, ct) is not { } aangifte)
        {
            return NotFound();
        }
        Aangifte = aangifte;
        return Page();
    }
}

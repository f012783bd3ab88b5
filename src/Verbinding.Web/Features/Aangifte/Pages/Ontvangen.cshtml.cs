using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class OntvangenModel(AangifteService aangiftes, CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public string ReceiptNumber { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await aangiftes.FindMyReceiptNumberAsync(citizen.Bsn!.Value, id, ct) is not { } receipt)
        {
            return NotFound();
        }
        ReceiptNumber = receipt;
        return Page();
    }
}

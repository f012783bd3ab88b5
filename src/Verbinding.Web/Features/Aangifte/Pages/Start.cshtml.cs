using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>Back from DigiD with the eligibility pass: the draft is created now, never before sign-in.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class StartModel(EligibilityTokens tokens, AangifteTypeCatalog catalog, AangifteService aangiftes, IAangiftePrefill prefill,
    CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } pass || catalog.Find(pass.TypeId) is not { OnlineAllowed: true } type)
        {
            return Page();
        }
        var values = await prefill.GetAsync(pass.Prefill, ct);
        var draft = await aangiftes.StartDraftAsync(citizen.Bsn!.Value, type, pass.Eligibility, values, ct);
        return Redirect($"/aangifte/{draft.Id}/stap/1");
    }
}

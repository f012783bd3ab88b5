using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>The citizen's status page, reached by the link sent to them (the link is the key; no sign-in needed).</summary>
public sealed class VerwijzingModel(ReferralQueries queries) : PageModel
{
    public ReferralView? View { get; private set; }

    [BindProperty(SupportsGet = true, Name = "nieuw")]
    public bool JustSent { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await queries.ByCitizenTokenAsync(token, ct) is not { } referral)
        {
            return NotFound();
        }
        View = ReferralView.From(referral);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>A referral the signed-in citizen made; anyone else's is not found.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MijnVerwijzingModel(ReferralQueries queries, CurrentCitizen citizen) : PageModel
{
    public ReferralView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.MineAsync(citizen.Bsn!.Value.Value, id, ct) is not { } referral)
        {
            return NotFound();
        }
        View = ReferralView.From(referral);
        return Page();
    }
}

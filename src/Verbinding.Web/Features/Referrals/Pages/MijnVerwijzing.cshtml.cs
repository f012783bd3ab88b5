using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>A referral the signed-in citizen made; anyone else's is not found. Withdrawal goes through the status link page.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MijnVerwijzingModel(ReferralQueries queries, CurrentCitizen citizen, ReferralCitizenNotifier notifier) : PageModel
{
    public ReferralView? View { get; private set; }

    /// <summary>The confirm step on the status link page; null once withdrawn.</summary>
    public string? WithdrawLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.MineAsync(citizen.Bsn!.Value.Value, id, ct) is not { } referral)
        {
            return NotFound();
        }
        View = ReferralView.From(referral);
        WithdrawLink = referral.Status == ReferralStatus.Withdrawn || notifier.StatusLink(referral) is not { } link ? null : link + "?intrekken=true";
        return Page();
    }
}

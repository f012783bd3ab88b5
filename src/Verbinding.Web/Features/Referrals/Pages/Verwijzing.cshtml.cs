using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>
/// The citizen's status page, reached by the link sent to them (the link is the key; no sign-in needed). The citizen
/// can withdraw consent here: a confirm step (?intrekken=true), then a plain form post, so it works without JavaScript.
/// </summary>
public sealed class VerwijzingModel(ReferralQueries queries, ReferralWithdrawal withdrawal) : PageModel
{
    public ReferralView? View { get; private set; }

    public string Token { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "nieuw")]
    public bool JustSent { get; set; }

    [BindProperty(SupportsGet = true, Name = "intrekken")]
    public bool Confirming { get; set; }

    public bool Withdrawn => View?.Referral.Status == ReferralStatus.Withdrawn;

    /// <summary>Said plainly on the page: once the partner has the details, we can only ask it to delete them.</summary>
    public bool PartnerHasData => View?.Referral.DeliveredAt is not null;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await queries.ByCitizenTokenAsync(token, ct) is not { } referral)
        {
            return NotFound();
        }
        Token = token;
        View = ReferralView.From(referral);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string token, CancellationToken ct)
    {
        var result = await withdrawal.WithdrawAsync(token, ct);
        return result.Outcome == WithdrawalOutcome.NotFound ? NotFound() : Redirect(ReferralService.CitizenLink(token));
    }
}

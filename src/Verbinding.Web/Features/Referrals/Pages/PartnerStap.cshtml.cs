using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Help;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>
/// The partner reports a step through the link in its e-mail (no login). A link works once and for one step; an
/// unknown, used or expired link answers 410 Gone with a short explanation.
/// </summary>
public sealed class PartnerStapModel(ReferralTracking tracking) : PageModel
{
    public Referral? Referral { get; private set; }

    public IReadOnlyList<ReferralStatus> Choices { get; private set; } = [];

    public ReferralStatus? Done { get; private set; }

    public string? NextLink { get; private set; }

    public string PartnerName => PartnerDirectory.All.FirstOrDefault(p => p.Id == Referral?.PartnerId)?.Name ?? Referral?.PartnerId ?? "";

    [BindProperty]
    public ReferralStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var link = await tracking.FindPartnerLinkAsync(token, ct);
        if (!link.IsValid)
        {
            return Gone();
        }
        Referral = link.Referral;
        Choices = ReferralTransitions.Next(link.Referral!.Status);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var link = await tracking.FindPartnerLinkAsync(token, ct);
        if (!link.IsValid || Status is not { } status)
        {
            return Gone();
        }
        var (done, next) = await tracking.PartnerSetsAsync(token, status, ct);
        if (!done)
        {
            return Gone();
        }
        Referral = link.Referral;
        Done = status;
        NextLink = next is null ? null : ReferralService.PartnerLink(next);
        return Page();
    }

    private PageResult Gone()
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}

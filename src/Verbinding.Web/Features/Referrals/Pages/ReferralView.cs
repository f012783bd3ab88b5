using Verbinding.Web.Features.Help;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>A referral as the citizen sees it: the partner, the status with its history, and which items went out.</summary>
public sealed record ReferralView(Referral Referral, Partner? Partner)
{
    public string PartnerName => Partner?.Name ?? Referral.PartnerId;

    public IEnumerable<ReferralStatusChange> History => Referral.Changes.OrderBy(c => c.At).ThenBy(c => c.Id);

    public static ReferralView From(Referral referral) => new(referral, PartnerDirectory.All.FirstOrDefault(p => p.Id == referral.PartnerId));
}

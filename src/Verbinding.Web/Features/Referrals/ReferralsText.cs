namespace Verbinding.Web.Features.Referrals;

/// <summary>Marker for the referral pages' texts (ReferralsText.resx, Dutch; ReferralsText.en.resx, English).</summary>
public sealed class ReferralsText;

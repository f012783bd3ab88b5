namespace Verbinding.Web.Features.Referrals;

/// <summary>Which status may follow which: the partner first accepts (or declines), then reports contact (or declines).</summary>
public static class ReferralTransitions
{
    public static IReadOnlyList<ReferralStatus> Next(ReferralStatus current) => current switch
    {
        ReferralStatus.Sent => [ReferralStatus.Accepted, ReferralStatus.Declined],
        ReferralStatus.Accepted => [ReferralStatus.ContactedCitizen, ReferralStatus.Declined],
        _ => [],
    };

    public static bool Allowed(ReferralStatus from, ReferralStatus to) => Next(from).Contains(to);
}

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// A confirmed consent form. <paramref name="Values"/> holds every item's value as shown, <paramref name="Ticked"/> the
/// items the citizen ticked; <paramref name="StatusEmail"/> is where the citizen wants the status link and news (optional),
/// <paramref name="StatusPhone"/> the mobile number for the same by SMS when they give no e-mail address (optional).
/// </summary>
public sealed record ReferralRequest(
    string PartnerId,
    ReferralSource Source,
    string? SourceId,
    Guid? AangifteId,
    string? CitizenBsn,
    string? EenheidId,
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyCollection<string> Ticked,
    string? StatusEmail,
    string Language,
    string? StatusPhone = null);

public enum ReferralRefusal
{
    None,
    NotWarmPartner,
    NoConsent,
}

public sealed record ReferralCreated(Referral? Referral, string? CitizenToken, ReferralRefusal Refusal)
{
    public bool Succeeded => Referral is not null;
}

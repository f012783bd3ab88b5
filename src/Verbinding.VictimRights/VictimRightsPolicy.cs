namespace Verbinding.VictimRights;

/// <summary>
/// Whether details go to Slachtofferhulp Nederland unless the victim says no (opt-out) or only when they say yes
/// (opt-in). Current policy is unverified (domain brief), so it is a setting; the victim's own answer always wins.
/// </summary>
public enum ReferralMode
{
    OptIn,
    OptOut,
}

/// <summary>The settings of the rules. Defaults follow the domain brief; each can be changed in configuration.</summary>
/// <param name="InformationDays">The police part of case information in writing within 14 days (Regeling verstrekken zaaksinformatie aan slachtoffers, art. 2 lid 3).</param>
/// <param name="FirstContactWorkingDays">Working days for what happens "at the aangifte" when it was filed online: intake's first contact.</param>
/// <param name="ReferralWorkingDays">Working days to pass the victim's details to Slachtofferhulp.</param>
public sealed record VictimRightsPolicy(
    ReferralMode SlachtofferhulpReferral = ReferralMode.OptIn,
    int InformationDays = 14,
    int FirstContactWorkingDays = 3,
    int ReferralWorkingDays = 2)
{
    public static VictimRightsPolicy Default { get; } = new();
}

using System.ComponentModel.DataAnnotations;
using Verbinding.VictimRights;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>Settings of the rights rules (appsettings "VictimRights"); defaults as in the domain brief.</summary>
public sealed class VictimRightsOptions
{
    public const string Section = "VictimRights";

    /// <summary>Opt-in by default: without an answer, no personal data goes to Slachtofferhulp (current policy unverified).</summary>
    public ReferralMode SlachtofferhulpReferral { get; set; } = ReferralMode.OptIn;

    [Range(1, 60)]
    public int InformationDays { get; set; } = 14;

    [Range(0, 30)]
    public int FirstContactWorkingDays { get; set; } = 3;

    [Range(0, 30)]
    public int ReferralWorkingDays { get; set; } = 2;

    public VictimRightsPolicy ToPolicy() => new(SlachtofferhulpReferral, InformationDays, FirstContactWorkingDays, ReferralWorkingDays);
}

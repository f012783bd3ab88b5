using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Help;

namespace Verbinding.Web.Features.Referrals;

/// <summary>The partners a warm handover can go to: marked warmHandover in the directory AND with an intake address configured.</summary>
public sealed class ReferralPartners(IOptions<ReferralOptions> options)
{
    public Partner? Find(string? id) => PartnerDirectory.All.FirstOrDefault(p => p.Id == id);

    public bool AcceptsWarmHandover(Partner partner) => partner.WarmHandover && Intake(partner.Id) is not null;

    public bool AcceptsWarmHandover(string? id) => Find(id) is { } partner && AcceptsWarmHandover(partner);

    public PartnerIntakeOptions? Intake(string partnerId) =>
        options.Value.Partners.TryGetValue(partnerId, out var intake) && !string.IsNullOrWhiteSpace(intake.IntakeEmail) ? intake : null;
}

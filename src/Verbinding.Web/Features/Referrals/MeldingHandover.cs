namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Which warm-handover partner a melding's confirmation page offers, per melding category. Only where the partner
/// solves the citizen's own problem: neighbour noise goes well with buurtbemiddeling; a suspicious situation has no partner.
/// </summary>
public static class MeldingHandover
{
    private static readonly IReadOnlyDictionary<string, string> PartnerByCategory = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["geluidsoverlast"] = "buurtbemiddeling",
    };

    public static string? PartnerFor(string? categoryId) => categoryId is not null && PartnerByCategory.TryGetValue(categoryId, out var partner) ? partner : null;
}

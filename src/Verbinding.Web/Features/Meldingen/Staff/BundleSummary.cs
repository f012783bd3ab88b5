using Microsoft.Extensions.Localization;

namespace Verbinding.Web.Features.Meldingen.Staff;

/// <summary>"5 meldingen over dit adres in 30 dagen": what the team needs to see at a glance.</summary>
public static class BundleSummary
{
    public static string Text(IStringLocalizer text, int count, bool isAddress, bool isStreet, int windowDays) =>
        count == 1
            ? text["BundleOne"]
            : text[isAddress ? "BundleAddress" : isStreet ? "BundleStreet" : "BundlePlace", count, windowDays];
}

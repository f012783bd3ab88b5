using System.Text.RegularExpressions;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>A house number with an optional addition: "12", "12a", "12 A", "12-2", "12 bis".</summary>
public static partial class HouseNumbers
{
    public static bool IsValid(string? houseNumber) => houseNumber is not null && Pattern().IsMatch(houseNumber.Trim());

    [GeneratedRegex("^[1-9][0-9]{0,4}([ -]?[A-Za-z0-9]{1,4})?$")]
    private static partial Regex Pattern();
}

using System.Text.RegularExpressions;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>Dutch postcodes: four digits (not starting with 0), two letters, optional space; SA, SD and SS are never issued.</summary>
public static partial class Postcodes
{
    public static bool IsValid(string? postcode) =>
        postcode is not null && Pattern().Match(postcode.Trim()) is { Success: true } m
        && m.Groups["letters"].Value.ToUpperInvariant() is not ("SA" or "SD" or "SS");

    /// <summary>"1234 ab" -> "1234AB".</summary>
    public static string Normalize(string postcode) => postcode.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The four digits: an area for statistics that identifies nobody.</summary>
    public static string Area(string postcode) => Normalize(postcode)[..4];

    [GeneratedRegex("^[1-9][0-9]{3} ?(?<letters>[A-Za-z]{2})$")]
    private static partial Regex Pattern();
}

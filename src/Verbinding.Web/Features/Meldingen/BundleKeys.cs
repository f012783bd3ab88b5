using System.Text;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// The location key that links meldingen: the same address ("Hoofdstraat 12a" = "hoofdstraat 12 A") when a house number
/// is known, otherwise the same street, otherwise the same postcode and number. A place description alone links nothing.
/// </summary>
public static class BundleKeys
{
    public static string? For(string municipalityCode, string? street, string? houseNumber, string? postcode)
    {
        var streetKey = string.IsNullOrWhiteSpace(street) ? null : NormalizeStreet(street);
        var number = string.IsNullOrWhiteSpace(houseNumber) ? null : NormalizeHouseNumber(houseNumber);
        return (streetKey, number, postcode) switch
        {
            ({ } s, { } n, _) => $"adr|{municipalityCode}|{s}|{n}",
            ({ } s, null, _) => $"str|{municipalityCode}|{s}",
            (null, { } n, { } p) when !string.IsNullOrWhiteSpace(p) => $"pc|{Postcodes.Normalize(p)}|{n}",
            _ => null,
        };
    }

    /// <summary>"Burg. de Withstraat" and "burg de withstraat" are one street; "str." at the end means "straat".</summary>
    public static string NormalizeStreet(string street)
    {
        var normalized = MunicipalityNames.Normalize(street);
        if (normalized.EndsWith(" str", StringComparison.Ordinal) || normalized.EndsWith("str", StringComparison.Ordinal) && !normalized.EndsWith("straat", StringComparison.Ordinal))
        {
            normalized = normalized[..^3].TrimEnd() + "straat";
        }
        return normalized;
    }

    /// <summary>"12 a", "12-A" and "12a" are the same house: digits, then the suffix in upper case.</summary>
    public static string NormalizeHouseNumber(string houseNumber)
    {
        var builder = new StringBuilder();
        foreach (var c in houseNumber.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }
}

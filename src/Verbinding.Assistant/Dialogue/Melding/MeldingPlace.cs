using System.Text.RegularExpressions;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Entities;

namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>Where it happens: a street and number, a postcode and number, or a description ("bij het speelveld").</summary>
public sealed record MeldingAddress(string? Street, string? HouseNumber, string? Postcode, string? Description);

/// <summary>
/// Reads the place of a melding from the citizen's answer and the entities found in it. Only the shape is checked here;
/// whether the municipality exists and the address is complete is the web's validator's call (one rule, one place).
/// </summary>
public static partial class MeldingPlace
{
    private const int MaxDescription = 500;

    /// <summary>The municipality named in the answer: a recognised place, a known name, or a plausible name as typed.</summary>
    public static string? Municipality(string text, IEnumerable<Entity> entities, MunicipalityLookup lookup)
    {
        if (entities.FirstOrDefault(e => e.Kind == EntityKind.Place) is { } place)
            return lookup.Find(place.Value)?.Name ?? place.Value;
        var trimmed = text.Trim().TrimEnd('.', '!');
        if (lookup.Find(trimmed) is { } known)
            return known.Name;
        // An unknown name is kept as typed, so the validator can suggest the closest municipality ("Utrect" -> Utrecht).
        return PlausibleName().IsMatch(trimmed) && YesNo.Parse(trimmed) is null ? trimmed : null;
    }

    public static MeldingAddress? Address(string text, IEnumerable<Entity> entities)
    {
        var found = entities.ToList();
        if (found.FirstOrDefault(e => e.Kind == EntityKind.Address) is { } address)
        {
            // "Kerkstraat 12A" or "Kerkstraat 12A, Utrecht" (the municipality is read separately).
            var streetAndNumber = address.Value.Split(',')[0].Trim();
            var split = streetAndNumber.LastIndexOf(' ');
            return new MeldingAddress(streetAndNumber[..split], streetAndNumber[(split + 1)..], null, null);
        }
        if (found.FirstOrDefault(e => e.Kind == EntityKind.Postcode) is { } postcode
            && PostcodeNumber().Match(text, postcode.Start + postcode.Length) is { Success: true } number)
        {
            return new MeldingAddress(null, number.Groups["nr"].Value.Replace(" ", "", StringComparison.Ordinal), postcode.Value, null);
        }
        var trimmed = text.Trim();
        if (StreetAndNumber().Match(trimmed) is { Success: true } typed)
            return new MeldingAddress(typed.Groups["street"].Value.Trim(), typed.Groups["nr"].Value.Replace(" ", "", StringComparison.Ordinal), null, null);
        // A description needs a few words: a single word is more likely an answer to something else ("ja", "Utrecht").
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 2 && trimmed.Length <= MaxDescription && YesNo.Parse(trimmed) is null
            ? new MeldingAddress(null, null, null, trimmed)
            : null;
    }

    [GeneratedRegex(@"^\p{L}[\p{L}'\- ]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlausibleName();

    [GeneratedRegex(@"\G[\s,]*(?:nr\.?\s*|nummer\s+|number\s+)?(?<nr>[1-9]\d{0,4}(?:\s?[a-zA-Z])?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostcodeNumber();

    [GeneratedRegex(@"^(?<street>\p{L}[\p{L}.'\- ]{1,80}?)\s+(?<nr>[1-9]\d{0,4}(?:\s?[a-zA-Z])?)(?:\s*,.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StreetAndNumber();
}

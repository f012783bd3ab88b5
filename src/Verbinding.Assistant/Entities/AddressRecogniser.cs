using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Street addresses: a capitalised street name ending in a usual street word (-straat, -laan, -weg,
/// -gracht, ...) or "Dam", a house number with an optional letter or addition, and optionally the
/// municipality right after it ("Kerkstraat 12a Utrecht"). Value: "Kerkstraat 12A" or
/// "Kerkstraat 12A, Utrecht". Street names must start with a capital so that "supermarkt 3" is no address.
/// </summary>
internal sealed partial class AddressRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        for (var match = Pattern().Match(text); match.Success; match = match.NextMatch())
        {
            var value = string.Concat(match.Groups["street"].ValueSpan, " ", match.Groups["nr"].ValueSpan,
                match.Groups["add"].Value.ToUpperInvariant());
            var length = match.Length;
            var city = FollowingMunicipality(text, match.Index + match.Length, out var cityEnd);
            if (city is not null)
            {
                value += ", " + city;
                length = cityEnd - match.Index;
            }

            found.Add(new Candidate(EntityKind.Address, match.Index, length, value, Specificity.Address));
        }
    }

    private static string? FollowingMunicipality(string text, int from, out int end)
    {
        end = from;
        var gap = CityGap().Match(text, from);
        var start = gap.Success && gap.Index == from ? from + gap.Length : from;
        if (start >= text.Length || start == from)
        {
            return null;
        }

        var wordEnd = Words.End(text, start);
        var length = Gazetteer.Places.MatchAt(text, start, wordEnd, out var matchStart, out var place);
        if (length == 0 || place.Type == PlaceType.Station)
        {
            return null;
        }

        end = matchStart + length;
        return place.Value;
    }

    [GeneratedRegex(@"\G,?\s+(?:(?:in|te)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex CityGap();

    [GeneratedRegex(
        @"(?<![\w-])(?<street>(?:(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Prins|Prinses|Koning|Koningin|Sint|St\.|Burgemeester|Burg\.|Dr\.|Van|Jan|Willem|Eerste|Tweede|Derde|1e|2e|3e|Binnen|Buiten|Noord|Zuid|Oost|West|Achter|Groot|Klein)\s+(?:(?:van|de|der|den|het|ter|ten|[A-Z]\p{L}*)\s+){0,2})?(?:\p{Lu}[\p{L}'\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|baan|ring|plantsoen|boulevard|wal|haven|burgwal|veld|erf|dam|hoven|zijde|pier|kanaal|brink|donk|akker|weide|meer|poort|rijn|straatweg|allee)|(?:Laan|Plein|Kade|Weg|Singel|Hof|Dreef)\s+(?:(?:van|der|de|den|het|ter|ten)\s+){0,2}\p{Lu}[\p{L}'\-]*|Dam|Coolsingel|Rokin|Damrak|Lijnbaan|Spui))\s+(?<nr>[1-9]\d{0,4})(?:(?<add>\s?[a-zA-Z])(?![\w])|(?<add>-\d{1,3}|-[a-zA-Z]{1,2})(?![\w-]))?(?![\d\w,.]\d|[\w])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}

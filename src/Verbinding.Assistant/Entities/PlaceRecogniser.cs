using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Municipalities, districts (Value: their municipality) and railway stations (Value: the NS name).
/// A bare "CS" or "Centraal Station" becomes the main station of a city named in the same message
/// ("op CS in Utrecht" -> "Utrecht Centraal"); with no city named it is left out, as a guessed city
/// would send the report to the wrong basisteam.
/// </summary>
internal sealed partial class PlaceRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        string? mainStation = null;
        var stationsFrom = found.Count;
        var position = 0;
        while ((position = Words.NextStart(text, position)) >= 0)
        {
            var end = Words.End(text, position);
            var length = Gazetteer.Places.MatchAt(text, position, end, out var start, out var place);
            if (length == 0)
            {
                position = end;
                continue;
            }

            mainStation ??= place.MainStation;
            found.Add(new Candidate(EntityKind.Place, start, length, place.Value, Specificity.Place));
            position = start + length;
        }

        if (mainStation is null)
        {
            return;
        }

        foreach (var match in BareCentralStation().EnumerateMatches(text))
        {
            var candidate = new Candidate(EntityKind.Place, match.Index, match.Length, mainStation, Specificity.Place);
            if (!found.Skip(stationsFrom).Any(candidate.Overlaps))
            {
                found.Add(candidate);
            }
        }
    }

    [GeneratedRegex(@"\b(?:CS|[Cc]entraal\s+[Ss]tation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareCentralStation();
}

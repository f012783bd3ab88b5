using System.Reflection;

namespace Verbinding.Assistant.Entities;

internal enum PlaceType
{
    Municipality,
    District,
    Station,
}

/// <summary>A place name: its canonical Value and, for a municipality, its main station ("Utrecht Centraal").</summary>
internal sealed record PlaceEntry(string Value, PlaceType Type, string? MainStation);

/// <summary>
/// Dutch municipalities (the largest hundred and more, all province capitals, with towns that merged into
/// them), big-city districts and railway stations, loaded once from embedded data files.
/// Format: one entry a line, "Canonical|alias|alias"; "!" after a name means it must be capitalised
/// because it is also a common word ("Leiden", "Houten"); "#" starts a comment.
/// </summary>
internal static class Gazetteer
{
    public static PhraseMatcher<PlaceEntry> Places { get; } = Build();

    private static PhraseMatcher<PlaceEntry> Build()
    {
        var entries = new List<(string, PlaceEntry)>();
        var stations = Lines("stations.tsv").Select(l => l.Split('|')).ToList();
        var centraal = stations.Select(s => s[0].TrimStart('~')).Where(s => s.EndsWith(" Centraal", StringComparison.Ordinal))
            .ToDictionary(s => s[..^" Centraal".Length], StringComparer.OrdinalIgnoreCase);

        foreach (var names in Lines("municipalities.tsv").Select(l => l.Split('|')))
        {
            var canonical = names[0].TrimEnd('!');
            var entry = new PlaceEntry(canonical, PlaceType.Municipality, centraal.GetValueOrDefault(canonical));
            entries.AddRange(names.Select(n => (n, entry)));
        }

        foreach (var line in Lines("districts.tsv"))
        {
            var parts = line.Split('\t');
            var entry = new PlaceEntry(parts[0], PlaceType.District, centraal.GetValueOrDefault(parts[0]));
            entries.AddRange(parts[1].Split('|').Select(n => (n, entry)));
        }

        foreach (var names in stations)
        {
            var prefixOnly = names[0].StartsWith('~');
            var canonical = names[0].TrimStart('~');
            var entry = new PlaceEntry(canonical, PlaceType.Station, null);
            entries.AddRange(StationAliases(canonical, prefixOnly).Concat(names.Skip(1)).Select(n => (n, entry)));
        }

        return new PhraseMatcher<PlaceEntry>(entries);
    }

    private static IEnumerable<string> StationAliases(string canonical, bool prefixOnly)
    {
        yield return "station " + canonical;
        if (!prefixOnly)
        {
            yield return canonical;
        }

        if (canonical.EndsWith(" Centraal", StringComparison.Ordinal))
        {
            var city = canonical[..^" Centraal".Length];
            yield return city + " CS";
            yield return city + " Centraal Station";
            yield return "Centraal Station " + city;
            yield return "CS " + city;
            yield return "station " + city;
        }
    }

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Verbinding.Assistant.Entities.Data." + file)
            ?? throw new InvalidOperationException($"Embedded gazetteer file {file} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}

namespace Verbinding.Web.Features.Organisation;

public sealed record MunicipalityMatch(MunicipalityRecord Municipality, EenheidRecord Eenheid, BasisteamRecord Basisteam);

/// <summary>
/// Finds the municipality, eenheid and basisteam for a name as a citizen types it: case and accents do not matter,
/// "Den Haag" and "Den Bosch" work, former municipalities lead to the one they merged into, and a qualifier such as
/// "(gemeente)" or "(NH.)" may be left out when the rest is unambiguous. Pure and thread-safe.
/// </summary>
public sealed class MunicipalityResolver
{
    private const string GemeentePrefix = "gemeente ";
    private readonly Dictionary<string, MunicipalityMatch> _byName = new(StringComparer.Ordinal);
    private readonly ILookup<string, MunicipalityMatch> _byNameWithoutQualifier;

    public MunicipalityResolver(ReferenceData data)
    {
        var eenheden = data.Eenheden.ToDictionary(e => e.Id);
        var basisteams = data.Basisteams.ToDictionary(b => b.Id);
        var matches = data.Municipalities
            .Select(m => new MunicipalityMatch(m, eenheden[m.Eenheid], basisteams[m.Basisteam]))
            .ToList();
        foreach (var match in matches)
        {
            foreach (var name in (match.Municipality.Aliases ?? []).Prepend(match.Municipality.Name))
            {
                _byName[MunicipalityNames.Normalize(name)] = match;
            }
        }
        _byNameWithoutQualifier = matches.ToLookup(m => MunicipalityNames.Normalize(MunicipalityNames.WithoutQualifier(m.Municipality.Name)));
    }

    /// <summary>The single best match, or null when the name is unknown or ambiguous (e.g. "Bergen").</summary>
    public MunicipalityMatch? Resolve(string? name) => Candidates(name) is [var only] ? only : null;

    /// <summary>Every municipality the name could mean: one when it is clear, several when a qualifier is needed.</summary>
    public IReadOnlyList<MunicipalityMatch> Candidates(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var keys = Keys(name).ToList();
        foreach (var key in keys)
        {
            if (_byName.TryGetValue(key, out var exact))
            {
                return [exact];
            }
        }
        return keys.Select(k => _byNameWithoutQualifier[k].ToList()).FirstOrDefault(list => list.Count > 0) ?? [];
    }

    private static IEnumerable<string> Keys(string name)
    {
        foreach (var variant in new[] { name, MunicipalityNames.WithoutQualifier(name) })
        {
            var key = MunicipalityNames.Normalize(variant);
            yield return key;
            if (key.StartsWith(GemeentePrefix, StringComparison.Ordinal))
            {
                yield return key[GemeentePrefix.Length..];
            }
        }
    }
}

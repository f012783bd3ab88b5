using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>Close matches for a municipality name nobody recognised ("Utrect" -> Utrecht): by edit distance or prefix.</summary>
public sealed class MunicipalitySuggestions
{
    private readonly IReadOnlyList<(string Key, string Name)> _names;

    public MunicipalitySuggestions(ReferenceData data) =>
        _names = data.Municipalities
            .SelectMany(m => (m.Aliases ?? []).Prepend(m.Name).Select(n => (MunicipalityNames.Normalize(n), m.Name)))
            .ToList();

    public IReadOnlyList<string> For(string? typed, int max = 3)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }
        var key = MunicipalityNames.Normalize(typed);
        var allowed = Math.Max(2, key.Length / 3);
        return _names
            .Select(n => (n.Name, Distance: n.Key.StartsWith(key, StringComparison.Ordinal) && key.Length >= 3 ? 0 : Levenshtein(key, n.Key)))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .Distinct()
            .Take(max)
            .ToList();
    }

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 6)
        {
            return int.MaxValue;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Verbinding.Assistant.Dialogue.Triage;

/// <summary>A gemeente as triage needs it: CBS code (for municipal rules) and the eenheid (for the unit's overrides).</summary>
public sealed record MunicipalityRef(string Code, string Name, string Eenheid);

/// <summary>
/// Finds a municipality by the name a citizen used (the Place entity: "Den Haag", "Breda", "Weesp"), from the embedded
/// reference/municipalities.json, names and aliases, ignoring case, diacritics and punctuation.
/// </summary>
public sealed class MunicipalityLookup
{
    private readonly Dictionary<string, MunicipalityRef> _byName = new(StringComparer.Ordinal);

    public MunicipalityLookup(IEnumerable<(MunicipalityRef Municipality, IEnumerable<string> Names)> municipalities)
    {
        foreach (var (municipality, names) in municipalities)
        {
            foreach (var name in names.Prepend(municipality.Name))
                _byName.TryAdd(Normalise(name), municipality);
        }
    }

    public static MunicipalityLookup Default { get; } = LoadEmbedded();

    public MunicipalityRef? Find(string? place) =>
        place is null ? null : _byName.GetValueOrDefault(Normalise(place));

    private static MunicipalityLookup LoadEmbedded()
    {
        using var stream = typeof(MunicipalityLookup).Assembly.GetManifestResourceStream("municipalities.json")
            ?? throw new InvalidOperationException("Embedded municipalities.json is missing.");
        var file = JsonSerializer.Deserialize<MunicipalitiesFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("municipalities.json is empty.");
        return new MunicipalityLookup(file.Municipalities.Select(m =>
            (new MunicipalityRef(m.Code, m.Name, m.Eenheid), (IEnumerable<string>)(m.Aliases ?? []))));
    }

    private static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().Trim();
    }

    private sealed record MunicipalityEntry(string Code, string Name, string Eenheid, List<string>? Aliases);

    private sealed record MunicipalitiesFile(List<MunicipalityEntry> Municipalities);
}

using System.Text.Json;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Loading;

/// <summary>
/// Reads <c>national.json</c> and every <c>units/&lt;eenheid&gt;.json</c> from a directory, validates them all and builds
/// the policy set. Any error stops loading with the complete list: a half-valid policy is never served.
/// </summary>
public static class TriagePolicyLoader
{
    public static TriagePolicySet Load(string triageDirectory, string partnersFile, IReadOnlyCollection<string>? knownEenheden = null)
    {
        using var partners = File.OpenRead(partnersFile);
        var national = Read<NationalPolicy>(Path.Combine(triageDirectory, "national.json"));
        var unitsDirectory = Path.Combine(triageDirectory, "units");
        var units = Directory.Exists(unitsDirectory)
            ? Directory.GetFiles(unitsDirectory, "*.json").Order(StringComparer.Ordinal).Select(ReadUnit).ToList()
            : [];
        return TriagePolicySet.Create(national, units, PartnerReference.Parse(partners), knownEenheden);
    }

    public static NationalPolicy ParseNational(string json) => Parse<NationalPolicy>(json, "national policy");

    public static UnitOverride ParseUnit(string json) => Parse<UnitOverride>(json, "unit override");

    private static UnitOverride ReadUnit(string path)
    {
        var unit = Read<UnitOverride>(path);
        var expected = Path.GetFileNameWithoutExtension(path);
        return unit.Eenheid == expected
            ? unit
            : throw new TriagePolicyException([$"{Path.GetFileName(path)}: eenheid '{unit.Eenheid}' does not match the file name."]);
    }

    private static T Read<T>(string path) => Parse<T>(File.ReadAllText(path), Path.GetFileName(path));

    private static T Parse<T>(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, TriageJson.Strict)
                ?? throw new TriagePolicyException([$"{source}: empty."]);
        }
        catch (JsonException e)
        {
            throw new TriagePolicyException([$"{source}: {e.Message}"]);
        }
    }
}

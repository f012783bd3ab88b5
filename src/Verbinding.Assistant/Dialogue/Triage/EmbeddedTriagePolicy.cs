using System.Reflection;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Loading;

namespace Verbinding.Assistant.Dialogue.Triage;

/// <summary>
/// The triage policy embedded from reference/triage (national.json and units/*.json) with reference/partners.json:
/// the same files the web loads, never copies. Validated like the web does: an invalid policy fails at first use.
/// </summary>
public static class EmbeddedTriagePolicy
{
    private const string UnitPrefix = "triage/units/";

    public static TriagePolicySet Load()
    {
        var assembly = typeof(EmbeddedTriagePolicy).Assembly;
        var national = TriagePolicyLoader.ParseNational(Read(assembly, "triage/national.json"));
        var units = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(UnitPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => TriagePolicyLoader.ParseUnit(Read(assembly, n)))
            .ToList();
        using var partners = assembly.GetManifestResourceStream("partners.json")
            ?? throw new InvalidOperationException("Embedded partners.json is missing.");
        return TriagePolicySet.Create(national, units, PartnerReference.Parse(partners));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

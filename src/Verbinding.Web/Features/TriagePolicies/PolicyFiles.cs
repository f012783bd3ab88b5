using Verbinding.Triage.Loading;
using Verbinding.Triage.Simulation;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>
/// What ships in reference/: the policy files (version 1, seeded into the database), the partner ids policies may
/// name, and the situation table drafts are simulated on.
/// </summary>
public sealed class PolicyFiles
{
    private static string TriageDirectory => Path.Combine(ReferenceData.DefaultDirectory, "triage");

    public PolicyFiles(ReferenceData reference)
    {
        using var partners = File.OpenRead(Path.Combine(ReferenceData.DefaultDirectory, "partners.json"));
        Partners = PartnerReference.Parse(partners);
        KnownEenheden = reference.Eenheden.Select(e => e.Id).ToHashSet();
        Situations = SituationTable.Load(Path.Combine(TriageDirectory, "situations.json"));
        National = File.ReadAllText(Path.Combine(TriageDirectory, "national.json"));
        var units = Path.Combine(TriageDirectory, "units");
        Units = Directory.Exists(units)
            ? Directory.GetFiles(units, "*.json").Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => File.ReadAllText(f))
            : new Dictionary<string, string>();
    }

    public IReadOnlyList<PartnerReference> Partners { get; }

    public IReadOnlySet<string> KnownEenheden { get; }

    public IReadOnlyList<SituationCase> Situations { get; }

    public string National { get; }

    /// <summary>Eenheid id to document.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }
}

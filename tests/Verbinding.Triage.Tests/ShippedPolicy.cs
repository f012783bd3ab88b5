using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Tests;

/// <summary>The policy files as shipped in reference/triage, loaded once, plus helpers to ask the engine.</summary>
internal static class ShippedPolicy
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "reference", "triage");

    public static readonly string PartnersFile = Path.Combine(AppContext.BaseDirectory, "reference", "partners.json");

    private static readonly Lazy<TriagePolicySet> Lazy = new(() => TriagePolicyLoader.Load(Directory, PartnersFile));

    public static TriagePolicySet Set => Lazy.Value;

    public static TriageEngine Engine { get; } = new(Set);

    public static NationalPolicy National => Set.National;

    public static UnitOverride Zwb => Set.Units["zeeland-west-brabant"];

    public static IReadOnlyList<PartnerReference> Partners { get; } = PartnerReference.Parse(File.OpenRead(PartnersFile));

    public static readonly TimeOnly Noon = new(12, 0);

    public static TriageResult Evaluate(string topic, TriageAnswers? answers = null, string? eenheid = null,
        string channel = Channels.Web, TimeOnly? time = null) =>
        Engine.Evaluate(new TriageSituation(topic, answers ?? TriageAnswers.None, time ?? Noon, channel, eenheid));

    public static IReadOnlyList<string> Interventions(this TriageResult result) => result.Options.Select(o => o.Intervention).ToList();
}

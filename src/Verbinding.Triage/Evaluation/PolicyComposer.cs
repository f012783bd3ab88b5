using Verbinding.Triage.Policy;
using Verbinding.Triage.Validation;

namespace Verbinding.Triage.Evaluation;

/// <summary>Applies a (validated) unit override to the national policy.</summary>
internal static class PolicyComposer
{
    public static EffectivePolicy Compose(NationalPolicy national, UnitOverride? unit, IReadOnlyDictionary<string, string> partnerWebsites)
    {
        var rules = national.Rules
            .Where(r => unit is null || !unit.RemoveRules.Contains(r.Id))
            .Concat(unit?.AddRules ?? [])
            .Select((rule, order) => new ResolvedRule(rule, TopicSet(national, rule.Topics), order))
            .ToList();
        var explanations = new Dictionary<string, LocalizedText>(national.Explanations);
        foreach (var (key, text) in unit?.Explanations ?? new Dictionary<string, LocalizedText>())
        {
            explanations[key] = text;
        }
        var onlineTypes = national.Topics.ToDictionary(t => t.Id, t => t.OnlineType);

        TriageOption Materialise(OfferedOption offer, string ruleId, string topic)
        {
            var href = offer.Href
                ?? national.Links.GetValueOrDefault(offer.Intervention)
                ?? (offer.Partner is not null ? partnerWebsites.GetValueOrDefault(offer.Partner) : null);
            href = href?.Replace("{partner}", offer.Partner ?? "", StringComparison.Ordinal)
                .Replace("{onlineType}", onlineTypes.GetValueOrDefault(topic) ?? "", StringComparison.Ordinal);
            return new TriageOption(offer.Intervention, offer.Partner, href, explanations[offer.Explanation], ruleId);
        }

        var safety = national.Rules.FirstOrDefault(NationalPolicyValidator.IsEmergencyRule);
        return new EffectivePolicy
        {
            Version = unit is null ? national.Version : $"{national.Version}+{unit.Eenheid}.{unit.Version}",
            Eenheid = unit?.Eenheid,
            Rules = rules,
            Explanations = explanations,
            ServiceLevels = ServiceLevels(national.ServiceLevels, unit?.ServiceLevels ?? []),
            Emergency = safety is null ? BuiltInEmergency : Materialise(safety.Offer[0], safety.Id, Interventions.Spoed112),
            Materialise = Materialise,
        };
    }

    /// <summary>Only reachable with unvalidated data: even then, a person in danger is sent to 112.</summary>
    private static readonly TriageOption BuiltInEmergency = new(Interventions.Spoed112, null, "tel:112",
        new LocalizedText("Bel direct 112.", "Call 112 straight away."), "built-in-safety");

    private static IReadOnlySet<string>? TopicSet(NationalPolicy national, IReadOnlyList<string> topics) =>
        topics.Contains("*")
            ? null
            : topics.SelectMany(t => t.StartsWith('@') ? national.TopicGroups[t[1..]] : [t]).ToHashSet();

    private static List<ServiceLevel> ServiceLevels(IReadOnlyList<ServiceLevel> national, IReadOnlyList<ServiceLevel> unit)
    {
        var merged = national.Select(n => unit.FirstOrDefault(u => u.Key == n.Key) is { } u
            ? u with { Resolution = u.Resolution ?? n.Resolution }
            : n).ToList();
        merged.AddRange(unit.Where(u => national.All(n => n.Key != u.Key)));
        return merged;
    }
}

using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>
/// Gives the ordered meaningful interventions for a situation. Pure and thread-safe: the same situation and policy
/// always give the same options in the same order (rule priority, then table order, then option order; the first
/// offer of an intervention/partner pair wins, so its explanation is the most specific reason).
/// The policy comes from a function so an approved version can take effect while the app runs; each evaluation reads it
/// once, so one answer never mixes two versions.
/// </summary>
public sealed class TriageEngine(Func<TriagePolicySet> current)
{
    public TriageEngine(TriagePolicySet policies)
        : this(() => policies)
    {
    }

    /// <summary>The policy in force now.</summary>
    public TriagePolicySet Policies => current();

    public TriageResult Evaluate(TriageSituation situation)
    {
        var policies = current();
        if (!policies.National.Topics.Any(t => t.Id == situation.Topic))
        {
            throw new ArgumentException($"Unknown topic '{situation.Topic}'.", nameof(situation));
        }
        var policy = policies.For(situation.Eenheid);
        var matching = policy.Rules.Where(r => RuleMatcher.Matches(r, situation)).ToList();
        var options = Collect(policy, matching.Where(r => !r.Rule.Fallback).ToList(), situation.Topic);
        if (options.Count == 0)
        {
            options = Collect(policy, matching.Where(r => r.Rule.Fallback).ToList(), situation.Topic);
        }
        return new TriageResult(policy.Version, SafetyInvariant.Apply(options, situation, policy.Emergency));
    }

    private static List<TriageOption> Collect(EffectivePolicy policy, List<ResolvedRule> rules, string topic)
    {
        // 112 can never be excluded, by any rule.
        var excluded = rules.SelectMany(r => r.Rule.Exclude).Where(i => i != Interventions.Spoed112).ToHashSet();
        return rules
            .OrderBy(r => r.Rule.Priority).ThenBy(r => r.Order)
            .SelectMany(r => r.Rule.Offer.Select(o => (r.Rule.Id, Offer: o)))
            .Where(x => !excluded.Contains(x.Offer.Intervention))
            .DistinctBy(x => (x.Offer.Intervention, x.Offer.Partner))
            .Select(x => policy.Materialise(x.Offer, x.Id, topic))
            .ToList();
    }
}

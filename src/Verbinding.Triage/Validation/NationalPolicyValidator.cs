using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Validation;

/// <summary>Everything that must hold for the national policy before any answer is given from it.</summary>
public static class NationalPolicyValidator
{
    private const string Source = "national";

    public static IReadOnlyList<string> Validate(NationalPolicy policy, IReadOnlySet<string> partnerIds)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(policy.Version))
        {
            errors.Add("national: version is empty.");
        }
        errors.AddRange(policy.Interventions.Where(i => !Interventions.All.Contains(i)).Select(i => $"national: unknown intervention '{i}'."));
        errors.AddRange(Duplicates(policy.Topics.Select(t => t.Id), "topic"));
        errors.AddRange(Duplicates(policy.Rules.Select(r => r.Id), "rule"));
        errors.AddRange(TextErrors(policy.Explanations, Source));
        errors.AddRange(QuestionErrors(policy));
        errors.AddRange(policy.TopicGroups.SelectMany(g => g.Value.Where(t => policy.Topics.All(x => x.Id != t))
            .Select(t => $"national: topic group '{g.Key}' has unknown topic '{t}'.")));
        errors.AddRange(policy.Links.Keys.Where(k => !policy.Interventions.Contains(k)).Select(k => $"national: link for unknown intervention '{k}'."));
        errors.AddRange(policy.Rules.SelectMany(r => RuleValidator.Validate(r, policy, partnerIds, policy.Explanations.ContainsKey, Source)));
        errors.AddRange(SafetyErrors(policy));
        errors.AddRange(BoundsErrors(policy));
        errors.AddRange(ServiceLevelRules.Errors(policy.ServiceLevels, Source));
        return errors;
    }

    private static IEnumerable<string> QuestionErrors(NationalPolicy policy)
    {
        var questionIds = policy.Questions.Select(q => q.Id).ToHashSet();
        foreach (var q in policy.Questions.Where(q => !AnswerNames.YesNo.Contains(q.Id) && q.Id != AnswerNames.Age))
        {
            yield return $"national: question '{q.Id}' is not an answer the engine knows.";
        }
        foreach (var topic in policy.Topics)
        {
            if (string.IsNullOrWhiteSpace(topic.Label.Nl) || string.IsNullOrWhiteSpace(topic.Label.En))
            {
                yield return $"national: topic '{topic.Id}' needs a Dutch and an English label.";
            }
            foreach (var q in topic.Questions.Where(q => !questionIds.Contains(q)))
            {
                yield return $"national: topic '{topic.Id}' asks unknown question '{q}'.";
            }
        }
    }

    /// <summary>
    /// The data side of the safety invariant (the engine enforces it in code as well): a national rule for every topic
    /// that offers 112 first on "happening now" or "danger", ahead of every other rule.
    /// </summary>
    private static IEnumerable<string> SafetyErrors(NationalPolicy policy)
    {
        var safety = policy.Rules.FirstOrDefault(IsEmergencyRule);
        if (safety is null)
        {
            yield return "national: needs a safety rule for all topics (\"*\") that offers spoed-112 first when happeningNow or danger is true.";
            yield break;
        }
        foreach (var rule in policy.Rules.Where(r => !r.Safety && r.Priority <= safety.Priority))
        {
            yield return $"national: rule '{rule.Id}' has priority {rule.Priority}; only safety rules may come at or before {safety.Priority}.";
        }
        foreach (var rule in policy.Rules.Where(r => r.Safety && r.Fallback))
        {
            yield return $"national: safety rule '{rule.Id}' cannot be a fallback.";
        }
    }

    internal static bool IsEmergencyRule(TriageRule r) =>
        r.Safety && !r.Fallback && r.Topics.Contains("*")
        && AnswerNames.Urgent.All(a => r.When.Any.TryGetValue(a, out var v) && v)
        && r.When.Answers.Count == 0 && r.When.Channels.Count == 0 && r.When.Municipalities.Count == 0
        && r.When.AgeBelow is null && r.When.AgeAtLeast is null && r.When.During is null && r.When.Outside is null
        && r.Offer is [{ Intervention: Interventions.Spoed112 }, ..];

    private static IEnumerable<string> BoundsErrors(NationalPolicy policy)
    {
        var bounds = policy.Bounds;
        foreach (var i in bounds.UnitsMayOffer.Where(i => !policy.Interventions.Contains(i)))
        {
            yield return $"national: bounds allow unknown intervention '{i}'.";
        }
        foreach (var id in bounds.UnitsMayRemove)
        {
            var rule = policy.Rules.FirstOrDefault(r => r.Id == id);
            if (rule is null)
            {
                yield return $"national: bounds allow removing unknown rule '{id}'.";
            }
            else if (rule.Safety)
            {
                yield return $"national: safety rule '{id}' can never be removable by a unit.";
            }
        }
        var safetyPriority = policy.Rules.Where(r => r.Safety).Select(r => r.Priority).DefaultIfEmpty(0).Max();
        if (bounds.MinimumUnitPriority <= safetyPriority)
        {
            yield return $"national: minimumUnitPriority must be above the safety rules' priority ({safetyPriority}).";
        }
    }

    internal static IEnumerable<string> TextErrors(IReadOnlyDictionary<string, LocalizedText> texts, string source) =>
        texts.Where(t => string.IsNullOrWhiteSpace(t.Value.Nl) || string.IsNullOrWhiteSpace(t.Value.En))
            .Select(t => $"{source}: explanation '{t.Key}' needs Dutch and English text.");

    private static IEnumerable<string> Duplicates(IEnumerable<string> ids, string what) =>
        ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"national: {what} id '{g.Key}' is used more than once.");
}

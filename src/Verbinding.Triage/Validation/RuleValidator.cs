using System.Text.RegularExpressions;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Validation;

/// <summary>Checks one decision-table row against what the policy knows: topics, answers, interventions, partners, texts.</summary>
internal static partial class RuleValidator
{
    public static IEnumerable<string> Validate(TriageRule rule, NationalPolicy national, IReadOnlySet<string> partnerIds,
        Func<string, bool> hasExplanation, string source)
    {
        var at = $"{source} rule '{rule.Id}'";
        var topics = national.Topics.Select(t => t.Id).ToHashSet();
        if (rule.Topics.Count == 0)
        {
            yield return $"{at}: lists no topics (use \"*\" for all).";
        }
        foreach (var topic in rule.Topics.Where(t => t != "*"))
        {
            var known = topic.StartsWith('@') ? national.TopicGroups.ContainsKey(topic[1..]) : topics.Contains(topic);
            if (!known)
            {
                yield return $"{at}: unknown topic or group '{topic}'.";
            }
        }
        foreach (var answer in rule.When.Answers.Keys.Concat(rule.When.Any.Keys).Where(a => !AnswerNames.YesNo.Contains(a)))
        {
            yield return $"{at}: unknown answer '{answer}'.";
        }
        foreach (var channel in rule.When.Channels.Where(c => !Channels.All.Contains(c)))
        {
            yield return $"{at}: unknown channel '{channel}'.";
        }
        foreach (var code in rule.When.Municipalities.Where(c => !MunicipalityCode().IsMatch(c)))
        {
            yield return $"{at}: '{code}' is not a CBS municipality code (GM0344).";
        }
        foreach (var window in new[] { rule.When.During, rule.When.Outside }.Where(w => w is not null && !TimeWindow.TryParse(w, out _)))
        {
            yield return $"{at}: '{window}' is not a time window (08:00-22:00).";
        }
        if (rule.Offer.Count == 0 && rule.Exclude.Count == 0)
        {
            yield return $"{at}: offers nothing and excludes nothing.";
        }
        foreach (var offer in rule.Offer)
        {
            if (!national.Interventions.Contains(offer.Intervention))
            {
                yield return $"{at}: unknown intervention '{offer.Intervention}'.";
            }
            if (offer.Partner is not null && !partnerIds.Contains(offer.Partner))
            {
                yield return $"{at}: partner '{offer.Partner}' is not in the partner directory.";
            }
            if (offer.Href is null && offer.Partner is null && !national.Links.ContainsKey(offer.Intervention))
            {
                yield return $"{at}: '{offer.Intervention}' has no link: give an href, a partner or a national link.";
            }
            if (!hasExplanation(offer.Explanation))
            {
                yield return $"{at}: no explanation text '{offer.Explanation}'.";
            }
        }
        foreach (var excluded in rule.Exclude.Where(i => !national.Interventions.Contains(i)))
        {
            yield return $"{at}: excludes unknown intervention '{excluded}'.";
        }
        if (rule.Exclude.Contains(Interventions.Spoed112))
        {
            yield return $"{at}: may not exclude {Interventions.Spoed112}.";
        }
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex MunicipalityCode();
}

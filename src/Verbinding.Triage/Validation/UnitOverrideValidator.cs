using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Validation;

/// <summary>
/// Keeps a unit's override within the national bounds: it may offer more (extra rules with allowed interventions,
/// shorter service levels), but not remove a safety rule, exclude anything, jump ahead of the safety rules, or
/// lengthen a national maximum response time.
/// </summary>
public static class UnitOverrideValidator
{
    public static IReadOnlyList<string> Validate(NationalPolicy national, UnitOverride unit, IReadOnlySet<string> partnerIds,
        IReadOnlyCollection<string>? knownEenheden = null)
    {
        var source = $"unit {unit.Eenheid}";
        var errors = new List<string>();
        if (knownEenheden is not null && !knownEenheden.Contains(unit.Eenheid))
        {
            errors.Add($"{source}: unknown eenheid.");
        }
        if (unit.BasedOn != national.Version)
        {
            errors.Add($"{source}: written for national version '{unit.BasedOn}', current is '{national.Version}'; review it against the new version.");
        }
        errors.AddRange(RemovalErrors(national, unit, source));
        errors.AddRange(NationalPolicyValidator.TextErrors(unit.Explanations, source));
        bool HasText(string key) => unit.Explanations.ContainsKey(key) || national.Explanations.ContainsKey(key);
        foreach (var rule in unit.AddRules)
        {
            var at = $"{source} rule '{rule.Id}'";
            errors.AddRange(RuleValidator.Validate(rule, national, partnerIds, HasText, source));
            if (national.Rules.Any(r => r.Id == rule.Id) || unit.AddRules.Count(r => r.Id == rule.Id) > 1)
            {
                errors.Add($"{at}: id is already used.");
            }
            if (rule.Safety)
            {
                errors.Add($"{at}: only the national policy declares safety rules.");
            }
            if (rule.Priority < national.Bounds.MinimumUnitPriority)
            {
                errors.Add($"{at}: priority {rule.Priority} is below the minimum for units ({national.Bounds.MinimumUnitPriority}).");
            }
            if (rule.Exclude.Count > 0)
            {
                errors.Add($"{at}: a unit may offer more, not rule out interventions ({string.Join(", ", rule.Exclude)}).");
            }
            errors.AddRange(rule.Offer.Where(o => !national.Bounds.UnitsMayOffer.Contains(o.Intervention))
                .Select(o => $"{at}: units may not offer '{o.Intervention}'."));
        }
        errors.AddRange(ServiceLevelRules.Errors(unit.ServiceLevels, source));
        foreach (var level in unit.ServiceLevels)
        {
            var max = national.ServiceLevels.FirstOrDefault(n => n.Key == level.Key);
            var at = $"{source} service level {level.Channel}/{level.RequestType}";
            errors.AddRange(ServiceLevelRules.Lengthened(max?.FirstResponse, level.FirstResponse, at, "first response"));
            errors.AddRange(ServiceLevelRules.Lengthened(max?.Resolution, level.Resolution, at, "resolution"));
        }
        return errors;
    }

    private static IEnumerable<string> RemovalErrors(NationalPolicy national, UnitOverride unit, string source)
    {
        foreach (var id in unit.RemoveRules)
        {
            var rule = national.Rules.FirstOrDefault(r => r.Id == id);
            if (rule is null)
            {
                yield return $"{source}: removes unknown rule '{id}'.";
            }
            else if (rule.Safety)
            {
                yield return $"{source}: may not remove safety rule '{id}'.";
            }
            else if (!national.Bounds.UnitsMayRemove.Contains(id))
            {
                yield return $"{source}: the national policy does not let units remove rule '{id}'.";
            }
        }
    }
}

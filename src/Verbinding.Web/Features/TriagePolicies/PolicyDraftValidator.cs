using Verbinding.Triage;
using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;
using Verbinding.Triage.Validation;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>A reason a policy action was refused: a text key (nl/en) and, for data errors, the validator's detail.</summary>
public sealed record PolicyProblem(string Key, string? Detail = null);

/// <summary>
/// Save-time checks of a draft with the engine's own validators: a national policy must be complete and safe; a unit
/// override must stay within the bounds of the national version in force (no dropped safety rule, no longer maximum
/// response time, only allowed interventions). Pure: the caller passes what is in force.
/// </summary>
public static class PolicyDraftValidator
{
    public static IReadOnlyList<PolicyProblem> Validate(string scope, string document, NationalPolicy inForce, PolicyFiles files,
        out string? label)
    {
        label = null;
        var partnerIds = files.Partners.Select(p => p.Id).ToHashSet();
        try
        {
            if (scope == PolicyScopes.National)
            {
                var national = TriagePolicyLoader.ParseNational(document);
                label = national.Version;
                return Details(NationalPolicyValidator.Validate(national, partnerIds));
            }
            if (!files.KnownEenheden.Contains(scope))
            {
                return [new PolicyProblem("ProblemUnknownScope", scope)];
            }
            var unit = TriagePolicyLoader.ParseUnit(document);
            label = unit.Version;
            if (unit.Eenheid != scope)
            {
                return [new PolicyProblem("ProblemScopeMismatch", $"\"eenheid\": \"{unit.Eenheid}\"")];
            }
            return Details(UnitOverrideValidator.Validate(inForce, unit, partnerIds, files.KnownEenheden));
        }
        catch (TriagePolicyException e)
        {
            return Details(e.Errors);
        }
    }

    private static IReadOnlyList<PolicyProblem> Details(IReadOnlyList<string> errors) =>
        errors.Select(e => new PolicyProblem("ProblemInvalid", e)).ToList();
}

using Verbinding.Triage;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;
using Verbinding.Triage.Validation;

namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>A composed policy set and the unit overrides that could not be applied to its national version.</summary>
public sealed record ComposedPolicy(TriagePolicySet Set, IReadOnlyList<string> SkippedUnits);

/// <summary>
/// Builds the policy set in force from stored documents. The national document was validated when it was approved.
/// A unit override written for an older national version keeps applying while it still fits the national bounds
/// (the policy page asks the unit to review it); one that no longer fits is left out, so that unit gets the national
/// service, which is always complete and safe. A bad override never takes triage down for the whole country.
/// </summary>
public static class PolicyComposition
{
    public static ComposedPolicy Compose(string nationalDocument, IReadOnlyDictionary<string, string> unitDocuments, PolicyFiles files)
    {
        var national = TriagePolicyLoader.ParseNational(nationalDocument);
        var partnerIds = files.Partners.Select(p => p.Id).ToHashSet();
        var units = new List<UnitOverride>();
        var skipped = new List<string>();
        foreach (var (eenheid, document) in unitDocuments.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var unit = TryParseUnit(document) is { } parsed ? parsed with { BasedOn = national.Version } : null;
            if (unit is null || unit.Eenheid != eenheid
                || UnitOverrideValidator.Validate(national, unit, partnerIds, files.KnownEenheden).Count > 0)
            {
                skipped.Add(eenheid);
                continue;
            }
            units.Add(unit);
        }
        return new ComposedPolicy(TriagePolicySet.Create(national, units, files.Partners, files.KnownEenheden), skipped);
    }

    private static UnitOverride? TryParseUnit(string document)
    {
        try
        {
            return TriagePolicyLoader.ParseUnit(document);
        }
        catch (TriagePolicyException)
        {
            return null;
        }
    }
}

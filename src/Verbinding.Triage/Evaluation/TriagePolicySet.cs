using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;
using Verbinding.Triage.Validation;

namespace Verbinding.Triage.Evaluation;

/// <summary>The validated national policy and every unit's override, composed once into one effective policy per unit.</summary>
public sealed class TriagePolicySet
{
    private readonly IReadOnlyDictionary<string, EffectivePolicy> _byUnit;

    private TriagePolicySet(NationalPolicy national, IReadOnlyDictionary<string, UnitOverride> units, EffectivePolicy nationalOnly,
        IReadOnlyDictionary<string, EffectivePolicy> byUnit)
    {
        National = national;
        Units = units;
        NationalOnly = nationalOnly;
        _byUnit = byUnit;
    }

    public NationalPolicy National { get; }

    public IReadOnlyDictionary<string, UnitOverride> Units { get; }

    public EffectivePolicy NationalOnly { get; }

    /// <summary>The unit's effective policy; the national one for a unit without overrides (or no unit).</summary>
    public EffectivePolicy For(string? eenheid) =>
        eenheid is not null && _byUnit.TryGetValue(eenheid, out var policy) ? policy : NationalOnly;

    public static TriagePolicySet Create(NationalPolicy national, IReadOnlyList<UnitOverride> units,
        IReadOnlyList<PartnerReference> partners, IReadOnlyCollection<string>? knownEenheden = null)
    {
        var partnerIds = partners.Select(p => p.Id).ToHashSet();
        var errors = NationalPolicyValidator.Validate(national, partnerIds).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(units.SelectMany(u => UnitOverrideValidator.Validate(national, u, partnerIds, knownEenheden)));
        }
        errors.AddRange(units.GroupBy(u => u.Eenheid).Where(g => g.Count() > 1).Select(g => $"unit {g.Key}: more than one override."));
        if (errors.Count > 0)
        {
            throw new TriagePolicyException(errors);
        }
        return Compose(national, units, partners);
    }

    /// <summary>
    /// Skips validation. Tests use it to show the engine keeps the safety invariant even when the data is wrong;
    /// production code always goes through <see cref="Create"/>.
    /// </summary>
    internal static TriagePolicySet CreateUnvalidated(NationalPolicy national, IReadOnlyList<UnitOverride> units,
        IReadOnlyList<PartnerReference> partners) => Compose(national, units, partners);

    private static TriagePolicySet Compose(NationalPolicy national, IReadOnlyList<UnitOverride> units, IReadOnlyList<PartnerReference> partners)
    {
        var websites = partners.ToDictionary(p => p.Id, p => p.Website);
        return new TriagePolicySet(national, units.ToDictionary(u => u.Eenheid), PolicyComposer.Compose(national, null, websites),
            units.ToDictionary(u => u.Eenheid, u => PolicyComposer.Compose(national, u, websites)));
    }
}

namespace Verbinding.Triage.Policy;

/// <summary>
/// A regional unit's customisation (<c>reference/triage/units/&lt;eenheid&gt;.json</c>), within the national bounds:
/// extra rules, national rules switched off where allowed, shorter service levels. Written against one national
/// version (<see cref="BasedOn"/>), so a national change forces the unit to look again.
/// </summary>
public sealed record UnitOverride
{
    public required string Eenheid { get; init; }

    public required string Version { get; init; }

    public required string BasedOn { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<TriageRule> AddRules { get; init; } = [];

    public IReadOnlyList<string> RemoveRules { get; init; } = [];

    public IReadOnlyDictionary<string, LocalizedText> Explanations { get; init; } = new Dictionary<string, LocalizedText>();

    public IReadOnlyList<ServiceLevel> ServiceLevels { get; init; } = [];
}

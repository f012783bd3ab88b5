namespace Verbinding.Triage.Policy;

/// <summary>
/// What the national policy lets a regional unit change: which interventions unit rules may offer, which national
/// rules a unit may switch off (never a safety rule), and the lowest priority a unit rule may have, so nothing a
/// unit adds can come before the national safety rules.
/// </summary>
public sealed record PolicyBounds
{
    public IReadOnlyList<string> UnitsMayOffer { get; init; } = [];

    public IReadOnlyList<string> UnitsMayRemove { get; init; } = [];

    public int MinimumUnitPriority { get; init; } = 10;
}

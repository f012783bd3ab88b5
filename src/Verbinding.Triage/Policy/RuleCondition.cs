namespace Verbinding.Triage.Policy;

/// <summary>
/// When a rule applies. Every given part must hold. An unanswered question never matches, so "I don't know"
/// never blocks a route (a colleague reviews every report anyway).
/// </summary>
public sealed record RuleCondition
{
    /// <summary>Every listed answer must have this value.</summary>
    public IReadOnlyDictionary<string, bool> Answers { get; init; } = new Dictionary<string, bool>();

    /// <summary>At least one listed answer must have this value (empty: no requirement).</summary>
    public IReadOnlyDictionary<string, bool> Any { get; init; } = new Dictionary<string, bool>();

    public int? AgeBelow { get; init; }

    public int? AgeAtLeast { get; init; }

    /// <summary>Channels the rule applies to (empty: all).</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>CBS municipality codes (GM0344) the rule applies to (empty: all); for local arrangements.</summary>
    public IReadOnlyList<string> Municipalities { get; init; } = [];

    /// <summary>Local time window "08:00-22:00" in which the rule applies.</summary>
    public string? During { get; init; }

    /// <summary>Local time window outside which the rule applies.</summary>
    public string? Outside { get; init; }
}

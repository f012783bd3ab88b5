using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>A rule with its topic list resolved (null: every topic) and its place in the table (ties keep file order).</summary>
public sealed record ResolvedRule(TriageRule Rule, IReadOnlySet<string>? Topics, int Order);

/// <summary>
/// The national policy with one unit's overrides applied: what the engine evaluates. Built once at load time
/// from validated data, then read-only and shared between threads.
/// </summary>
public sealed class EffectivePolicy
{
    public required string Version { get; init; }

    public string? Eenheid { get; init; }

    public required IReadOnlyList<ResolvedRule> Rules { get; init; }

    public required IReadOnlyDictionary<string, LocalizedText> Explanations { get; init; }

    public required IReadOnlyList<ServiceLevel> ServiceLevels { get; init; }

    /// <summary>The option the safety invariant puts first: taken from the national safety rule.</summary>
    public required TriageOption Emergency { get; init; }

    /// <summary>Turns a policy option into an answer option: explanation text and link filled in.</summary>
    internal Func<OfferedOption, string, string, TriageOption> Materialise { get; init; } = null!;
}

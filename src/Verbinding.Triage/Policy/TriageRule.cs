namespace Verbinding.Triage.Policy;

/// <summary>
/// One row of the decision table: for these topics, when the condition holds, offer these options and rule out
/// those interventions. Lower <see cref="Priority"/> comes first; ties keep file order (national before unit).
/// </summary>
public sealed record TriageRule
{
    public required string Id { get; init; }

    public int Priority { get; init; }

    /// <summary>Topic ids, <c>*</c> for every topic, or <c>@group</c> for a topic group of the policy.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public RuleCondition When { get; init; } = new();

    public IReadOnlyList<OfferedOption> Offer { get; init; } = [];

    /// <summary>Interventions this rule rules out, whichever rule offered them (e.g. online aangifte when the suspect is known).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>A safety rule: a unit can never remove it, and the validator checks it stays first.</summary>
    public bool Safety { get; init; }

    /// <summary>Applied only when no other rule offers anything, so every situation gets at least one way forward.</summary>
    public bool Fallback { get; init; }
}

/// <summary>An option as written in the policy: the explanation is a key into the policy's texts.</summary>
public sealed record OfferedOption(string Intervention, string? Partner, string? Href, string Explanation);

using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Evaluation;

/// <summary>One way forward: the intervention, the partner (directory id) if any, where to go, and why (nl + en).</summary>
public sealed record TriageOption(string Intervention, string? Partner, string? Href, LocalizedText Explanation, string RuleId);

/// <summary>The ordered options and the policy version that produced them (recorded with every answer).</summary>
public sealed record TriageResult(string PolicyVersion, IReadOnlyList<TriageOption> Options);

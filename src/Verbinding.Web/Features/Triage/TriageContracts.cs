using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Web.Features.Triage;

/// <summary>POST /api/v1/triage. Answers left out count as "don't know" and never block a route.</summary>
public sealed record TriageRequest(string? Topic, TriageAnswers? Answers, string? Municipality, string? Language, string? Channel);

public sealed record TriageResponse(IReadOnlyList<TriageOptionResponse> Options, string PolicyVersion);

/// <summary>One option; <c>partner</c> is an id from reference/partners.json, the explanation is in the requested language.</summary>
public sealed record TriageOptionResponse(string Intervention, string? Partner, string? Href, string Explanation);

public sealed record TriagePolicyResponse(
    string Version,
    string? Eenheid,
    IReadOnlyList<string> Interventions,
    IReadOnlyList<ServiceLevel> ServiceLevels,
    IReadOnlyList<TriageTopicResponse> Topics);

public sealed record TriageTopicResponse(string Id, string Label, IReadOnlyList<string> Questions);

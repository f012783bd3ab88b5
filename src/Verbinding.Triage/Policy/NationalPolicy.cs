namespace Verbinding.Triage.Policy;

/// <summary>The national triage policy (<c>reference/triage/national.json</c>): one uniform service, versioned.</summary>
public sealed record NationalPolicy
{
    public required string Version { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> Interventions { get; init; } = [];

    public IReadOnlyList<QuestionDefinition> Questions { get; init; } = [];

    public IReadOnlyList<TopicDefinition> Topics { get; init; } = [];

    /// <summary>Named topic sets rules refer to as <c>@name</c>, e.g. the topics that may be reported online.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TopicGroups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<TriageRule> Rules { get; init; } = [];

    /// <summary>Explanation texts by key: one sentence, Dutch B1 and English, saying why this option fits.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Explanations { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>Links per intervention when a rule gives none (partner options link to the partner's website).</summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ServiceLevel> ServiceLevels { get; init; } = [];

    public PolicyBounds Bounds { get; init; } = new();
}

using Verbinding.Assistant.Topics;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// The skill a queue asks for besides language: agents are trained per group of Wout topics, not per topic.
/// Pure mapping; unknown or missing topics fall into <see cref="General"/>.
/// </summary>
public static class TopicGroups
{
    public const string Aangifte = "aangifte";
    public const string Melding = "melding";
    public const string Hulp = "hulp";
    public const string General = "algemeen";

    public static readonly IReadOnlyList<string> All = [Aangifte, Melding, Hulp, General];

    private static readonly HashSet<string> HulpTopics =
    [
        TopicIds.VeiligThuis, TopicIds.Slachtofferhulp, TopicIds.CentrumSeksueelGeweld, TopicIds.Helpwanted,
        TopicIds.AangifteBedreigingStalking, TopicIds.AangifteMishandeling,
    ];

    private static readonly HashSet<string> MeldingTopics =
    [
        TopicIds.MeldingOverlast, TopicIds.MeldingVerdachteSituatie, TopicIds.Vermissing, TopicIds.Spoed112,
        TopicIds.MeldMisdaadAnoniem, TopicIds.Buurtbemiddeling,
    ];

    public static string For(string? topic) => topic switch
    {
        null => General,
        _ when HulpTopics.Contains(topic) => Hulp,
        _ when MeldingTopics.Contains(topic) => Melding,
        _ when topic.StartsWith("aangifte-", StringComparison.Ordinal) || topic == TopicIds.StatusAangifte => Aangifte,
        _ => General,
    };
}

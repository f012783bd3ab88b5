using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Dialogue.Referral;

/// <summary>
/// Follow-up quick replies that fit a referral (e.g. a stolen passport -> the aangifte flow). Which partner helps with
/// a topic is the triage policy's call (reference/triage/national.json), not Wout's.
/// </summary>
public static class ReferralTopics
{
    public static readonly IReadOnlyDictionary<string, string> FollowUpTopic = new Dictionary<string, string>
    {
        [TopicIds.Fraudehelpdesk] = TopicIds.AangifteInternetoplichting,
        [TopicIds.IdDocumentKwijt] = TopicIds.AangifteDiefstal,
        [TopicIds.Helpwanted] = TopicIds.AangifteAlgemeen,
        [TopicIds.Slachtofferhulp] = TopicIds.AangifteAlgemeen,
        // Noise from the neighbours: talking (Buurtbemiddeling) comes first, but the citizen may also file a melding.
        [TopicIds.Buurtbemiddeling] = TopicIds.MeldingOverlast,
    };
}

using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Dialogue.Referral;

/// <summary>Which partner helps with which topic.</summary>
public static class ReferralTopics
{
    public static readonly IReadOnlyDictionary<string, string> PartnerByTopic = new Dictionary<string, string>
    {
        [TopicIds.VeiligThuis] = "veilig-thuis",
        [TopicIds.Slachtofferhulp] = "slachtofferhulp",
        [TopicIds.Fraudehelpdesk] = "fraudehelpdesk",
        [TopicIds.JuridischLoket] = "juridisch-loket",
        [TopicIds.Buurtbemiddeling] = "buurtbemiddeling",
        [TopicIds.MeldMisdaadAnoniem] = "meld-misdaad-anoniem",
        [TopicIds.CentrumSeksueelGeweld] = "centrum-seksueel-geweld",
        [TopicIds.Helpwanted] = "helpwanted",
        [TopicIds.VerlorenGevonden] = "gemeente",
        [TopicIds.IdDocumentKwijt] = "gemeente",
        [TopicIds.VerkeersboeteCjib] = "cjib",
    };

    /// <summary>Follow-up quick replies that fit a referral (e.g. lost money after phishing -> aangifte).</summary>
    public static readonly IReadOnlyDictionary<string, string> FollowUpTopic = new Dictionary<string, string>
    {
        [TopicIds.Fraudehelpdesk] = TopicIds.AangifteInternetoplichting,
        [TopicIds.IdDocumentKwijt] = TopicIds.AangifteDiefstal,
        [TopicIds.Helpwanted] = TopicIds.AangifteAlgemeen,
        [TopicIds.Slachtofferhulp] = TopicIds.AangifteAlgemeen,
    };
}

using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Assistant.Dialogue.Triage;

/// <summary>
/// Wout's words around the engine's options: each option's explanation (one sentence, in the conversation's
/// language) and its link as a button.
/// </summary>
public static class TriageReplies
{
    public static IReadOnlyList<WoutReply> Route(
        string topic, TriageResult result, IReadOnlyDictionary<string, string> details, WoutTexts texts, PartnerDirectory partners)
    {
        // One reply for the police's own routes and one per partner, in the order the engine ranks them.
        var replies = new List<WoutReply>();
        foreach (var group in result.Options.GroupBy(o => o.Partner ?? ""))
        {
            var text = Explain(group, texts);
            if (group.Key.Length == 0)
            {
                var prefill = Prefill.Describe(details, key => texts[$"detail.{key}"]);
                if (prefill.Length > 0 && group.Any(o => o.Intervention == Interventions.AangifteOnline))
                    text += " " + texts.Format("route.prefill", prefill);
                replies.Add(new WoutReply(text, topic, Distinct(group.Select(o => TriageActions.For(o, texts, partners)))));
                continue;
            }
            var partner = partners.Get(group.Key);
            replies.Add(new WoutReply($"{text} {Card(partner, texts)}", topic, PartnerActions(partner, group, texts, partners)));
        }
        return replies;
    }

    /// <summary>
    /// A referral topic (the first option is a partner): one reply with Wout's intro, the partner, how to reach them,
    /// then why each option fits.
    /// </summary>
    public static WoutReply Referral(string topic, TriageResult result, WoutTexts texts, PartnerDirectory partners, string? intro)
    {
        var partner = partners.Get(result.Options[0].Partner!);
        var lines = new List<string>();
        if (intro is not null)
            lines.Add(intro);
        lines.Add(Card(partner, texts));
        lines.Add(Explain(result.Options, texts));
        var actions = PartnerActions(partner, result.Options, texts, partners);
        if (partner.WarmHandover)
        {
            // Partners that take a warm handover: Wout asks, and the action opens the consent page (the host adds the conversation).
            lines.Add(texts.Format("partner.offer-handover", partner.Name));
            if (!actions.Any(a => a.Kind == ActionKinds.Handover))
                actions = [.. actions, TriageActions.Handover(partner, texts)];
        }
        return new WoutReply(string.Join(' ', lines), topic, actions);
    }

    public static bool IsReferral(TriageResult result) => result.Options.Count > 0 && result.Options[0].Partner is not null;

    private static string Explain(IEnumerable<TriageOption> options, WoutTexts texts) =>
        string.Join(' ', options.Select(o => o.Explanation.For(texts.Language)).Distinct());

    private static string Card(Partner partner, WoutTexts texts)
    {
        var reach = partner.TelHref() is null
            ? texts.Format("partner.website", ShortUrl(partner.Website))
            : texts.Format("partner.contact", partner.Phone!, partner.HoursIn(texts.Language));
        return $"{partner.Name}: {partner.DescriptionIn(texts.Language)} {reach}";
    }

    private static IReadOnlyList<ReplyAction> PartnerActions(
        Partner partner, IEnumerable<TriageOption> options, WoutTexts texts, PartnerDirectory partners) =>
        Distinct(TriageActions.Contact(partner, texts).Concat(options.Select(o => TriageActions.For(o, texts, partners))));

    private static IReadOnlyList<ReplyAction> Distinct(IEnumerable<ReplyAction> actions) => actions.DistinctBy(a => a.Href).ToList();

    private static string ShortUrl(string url) => url.Replace("https://", "").Replace("www.", "").TrimEnd('/');
}

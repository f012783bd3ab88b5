using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Topics;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Assistant.Dialogue.Triage;

/// <summary>Turns a triage option into a button: the engine's href, a label in the conversation language.</summary>
public static class TriageActions
{
    public static ReplyAction For(TriageOption option, WoutTexts texts, PartnerDirectory partners)
    {
        var href = option.Href ?? "/hulp";
        if (option.Intervention == Interventions.GesprekMedewerker && !href.StartsWith("tel:", StringComparison.Ordinal))
        {
            // The citizen is already chatting: a colleague is reached by handing this chat over, not by a new page.
            return new ReplyAction(texts["action.colleague"], QuickReplies.TopicHref(TopicIds.GesprekMedewerker), ActionKinds.QuickReply);
        }
        var partner = option.Partner is null ? null : partners.Get(option.Partner);
        return new ReplyAction(Label(option, href, partner, texts), href, Kind(option, href));
    }

    /// <summary>The partner's own phone and website: how to reach them now, whatever the options link to.</summary>
    public static IEnumerable<ReplyAction> Contact(Partner partner, WoutTexts texts)
    {
        if (partner.TelHref() is { } tel)
            yield return new ReplyAction(texts.Format("action.call", partner.Phone!), tel, ActionKinds.Phone);
        yield return new ReplyAction(texts.Format("action.website", partner.Name), partner.Website, ActionKinds.Website);
    }

    /// <summary>The consent page for a warm handover, as the triage policy links it ("/hulp/overdracht?partner=...").</summary>
    public static ReplyAction Handover(Partner partner, WoutTexts texts) =>
        new(texts.Format("action.handover", partner.Name), $"/hulp/overdracht?partner={partner.Id}", ActionKinds.Handover);

    private static string Label(TriageOption option, string href, Partner? partner, WoutTexts texts)
    {
        if (href.StartsWith("tel:", StringComparison.Ordinal))
            return texts.Format("action.call", Readable(href[4..]));
        if (partner is not null)
            return option.Intervention == Interventions.WarmeOverdracht
                ? texts.Format("action.handover", partner.Name)
                : texts.Format("action.website", partner.Name);
        return texts[$"action.{option.Intervention}"];
    }

    private static string Kind(TriageOption option, string href) => option.Intervention switch
    {
        _ when href.StartsWith("tel:", StringComparison.Ordinal) => ActionKinds.Phone,
        Interventions.WarmeOverdracht => ActionKinds.Handover,
        _ when href.StartsWith("http", StringComparison.Ordinal) => ActionKinds.Website,
        _ => ActionKinds.Route,
    };

    /// <summary>"09008844" -> "0900-8844", "112" stays: the way Dutch numbers are written.</summary>
    private static string Readable(string digits) =>
        digits.Length == 8 && digits.StartsWith("0900", StringComparison.Ordinal) ? $"{digits[..4]}-{digits[4..]}" : digits;
}

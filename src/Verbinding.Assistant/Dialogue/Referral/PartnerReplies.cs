using Verbinding.Assistant.Dialogue.Texts;

namespace Verbinding.Assistant.Dialogue.Referral;

/// <summary>Builds the reply that sends a citizen to a partner: who, what they do, how to reach them now.</summary>
public static class PartnerReplies
{
    /// <param name="intro">A topic-specific first sentence, or null.</param>
    public static WoutReply For(Partner partner, string topic, WoutTexts texts, string? intro)
    {
        var language = texts.Language;
        var reach = partner.TelHref() is null
            ? texts.Format("partner.website", ShortUrl(partner.Website))
            : texts.Format("partner.contact", partner.Phone!, partner.HoursIn(language));
        var lines = new List<string>();
        if (intro is not null)
            lines.Add(intro);
        lines.Add($"{partner.Name}: {partner.DescriptionIn(language)}");
        lines.Add(reach);
        if (partner.WarmHandover)
            lines.Add(texts.Format("partner.handover", partner.Name));
        return new WoutReply(string.Join(' ', lines), topic, Actions(partner, texts));
    }

    public static IReadOnlyList<ReplyAction> Actions(Partner partner, WoutTexts texts)
    {
        var actions = new List<ReplyAction>();
        if (partner.TelHref() is { } tel)
            actions.Add(new ReplyAction(texts.Format("action.call", partner.Phone!), tel, ActionKinds.Phone));
        actions.Add(new ReplyAction(texts.Format("action.website", partner.Name), partner.Website, ActionKinds.Website));
        if (partner.WarmHandover)
            actions.Add(new ReplyAction(texts.Format("action.handover", partner.Name), HandoverHref(partner.Id), ActionKinds.Handover));
        return actions;
    }

    /// <summary>The web's warm-handover page for a partner (it asks consent before passing any details).</summary>
    public static string HandoverHref(string partnerId) => $"/overdracht?partner={partnerId}";

    private static string ShortUrl(string url) => url.Replace("https://", "").Replace("www.", "").TrimEnd('/');
}

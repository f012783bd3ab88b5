using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;

namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>Wout's words for the aangifte flow: one question at a time, then the route with a one-line reason.</summary>
public static class AangifteReplies
{
    public const string AnswerHrefPrefix = "wout:answer/";

    public static WoutReply Question(string question, string topic, WoutTexts texts, bool first)
    {
        var text = texts[$"question.{question}"];
        if (first)
            text = $"{texts["question.intro"]} {text}";
        return new WoutReply(text, topic,
        [
            new(texts["answer.yes"], AnswerHrefPrefix + YesNo.Ja, ActionKinds.QuickReply),
            new(texts["answer.no"], AnswerHrefPrefix + YesNo.Nee, ActionKinds.QuickReply),
            new(texts["answer.unknown"], AnswerHrefPrefix + YesNo.Onbekend, ActionKinds.QuickReply),
        ]);
    }

    public static IReadOnlyList<WoutReply> Route(
        AangifteRoute route, string topic, IReadOnlyDictionary<string, string> details, WoutTexts texts, PartnerDirectory partners)
    {
        var reason = texts[$"reason.{route.Reason}"];
        var replies = new List<WoutReply>();
        switch (route.Kind)
        {
            case RouteKind.Online:
                var prefill = Prefill.Describe(details, key => texts[$"detail.{key}"]);
                var text = $"{texts["route.online"]} {reason}";
                if (prefill.Length > 0)
                    text += " " + texts.Format("route.prefill", prefill);
                replies.Add(new WoutReply(text, topic,
                [
                    new(texts["action.online-aangifte"], $"/aangifte/nieuw?type={route.OnlineType}", ActionKinds.Route),
                    Appointment(texts),
                ]));
                break;
            case RouteKind.Appointment:
                replies.Add(new WoutReply($"{texts["route.appointment"]} {reason}", topic, [Appointment(texts), CallBack(texts)]));
                break;
            case RouteKind.PhoneCallBack:
                replies.Add(new WoutReply($"{texts["route.phone"]} {reason}", topic, [CallBack(texts), Appointment(texts)]));
                break;
            case RouteKind.Partner:
                replies.Add(new WoutReply($"{texts["route.partner"]} {reason}", topic, [CallBack(texts)]));
                break;
            case RouteKind.Emergency:
                throw new ArgumentException("Emergencies are answered by the engine before any route.", nameof(route));
        }
        if (route.PartnerId is { } partnerId)
        {
            var partner = partners.Get(partnerId);
            replies.Add(PartnerReplies.For(partner, topic, texts, texts[$"partner.reason.{partnerId}"]));
        }
        return replies;
    }

    private static ReplyAction Appointment(WoutTexts texts) => new(texts["action.appointment"], "/afspraak", ActionKinds.Route);

    private static ReplyAction CallBack(WoutTexts texts) => new(texts["action.callback"], "/terugbellen", ActionKinds.Route);
}

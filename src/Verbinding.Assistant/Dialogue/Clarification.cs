using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Dialogue;

/// <summary>When Wout is unsure: offer the likeliest topics as buttons in plain words, and a colleague.</summary>
public static class Clarification
{
    public const int MaxCandidates = 3;

    public static IReadOnlyList<string> Candidates(MessageUnderstanding understood) =>
        [.. understood.Candidates
            .Where(c => TopicIds.IsKnown(c.Topic) && c.Topic != TopicIds.GesprekMedewerker && c.Score > 0)
            .OrderByDescending(c => c.Score)
            .Select(c => c.Topic)
            .Distinct()
            .Take(MaxCandidates)];

    public static WoutReply Ask(IReadOnlyList<string> candidates, WoutTexts texts)
    {
        var actions = candidates
            .Select(t => new ReplyAction(texts.Label(t), QuickReplies.TopicHref(t), ActionKinds.QuickReply))
            .Append(new ReplyAction(texts["action.colleague"], QuickReplies.TopicHref(TopicIds.GesprekMedewerker), ActionKinds.QuickReply))
            .ToList();
        var text = candidates.Count > 0 ? texts["clarify.ask"] : texts["clarify.none"];
        return new WoutReply(text, TopicIds.Onbekend, actions);
    }
}

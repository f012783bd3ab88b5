using Verbinding.Assistant.Dialogue.Aangifte;

namespace Verbinding.Assistant.Dialogue;

/// <summary>A quick-reply button the channel posted back: a chosen topic, a yes/no answer or one option of a choice.</summary>
public sealed record QuickReply(string? Topic, YesNoAnswer? Answer, string? Choice = null);

public static class QuickReplies
{
    public const string TopicHrefPrefix = "wout:topic/";
    public const string ChoiceHrefPrefix = "wout:choice/";

    public static string TopicHref(string topic) => TopicHrefPrefix + topic;

    public static string ChoiceHref(string option) => ChoiceHrefPrefix + option;

    /// <summary>Null when the text is not a quick reply but something the citizen typed.</summary>
    public static QuickReply? Decode(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(TopicHrefPrefix, StringComparison.Ordinal))
            return new QuickReply(trimmed[TopicHrefPrefix.Length..], null);
        if (trimmed.StartsWith(ChoiceHrefPrefix, StringComparison.Ordinal))
            return new QuickReply(null, null, trimmed[ChoiceHrefPrefix.Length..]);
        if (trimmed.StartsWith(AangifteReplies.AnswerHrefPrefix, StringComparison.Ordinal))
        {
            return trimmed[AangifteReplies.AnswerHrefPrefix.Length..] switch
            {
                YesNo.Ja => new QuickReply(null, YesNoAnswer.Yes),
                YesNo.Nee => new QuickReply(null, YesNoAnswer.No),
                _ => new QuickReply(null, YesNoAnswer.Unknown),
            };
        }
        return null;
    }
}

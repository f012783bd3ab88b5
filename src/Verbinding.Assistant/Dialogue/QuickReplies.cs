using Verbinding.Assistant.Dialogue.Aangifte;

namespace Verbinding.Assistant.Dialogue;

/// <summary>A quick-reply button the channel posted back: a chosen topic or a yes/no answer.</summary>
public sealed record QuickReply(string? Topic, YesNoAnswer? Answer);

public static class QuickReplies
{
    public const string TopicHrefPrefix = "wout:topic/";

    public static string TopicHref(string topic) => TopicHrefPrefix + topic;

    /// <summary>Null when the text is not a quick reply but something the citizen typed.</summary>
    public static QuickReply? Decode(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(TopicHrefPrefix, StringComparison.Ordinal))
            return new QuickReply(trimmed[TopicHrefPrefix.Length..], null);
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

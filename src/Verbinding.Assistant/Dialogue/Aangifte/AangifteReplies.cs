using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Dialogue.Triage;

namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>One triage question at a time, in the policy's words, with yes / no / don't know buttons.</summary>
public static class AangifteReplies
{
    public const string AnswerHrefPrefix = "wout:answer/";

    public static WoutReply Question(string question, string topic, WoutTexts texts, WoutTriage triage, bool first)
    {
        var text = triage.QuestionText(question, texts.Language);
        if (first)
            text = $"{texts["question.intro"]} {text}";
        return new WoutReply(text, topic, YesNoActions(texts));
    }

    public static IReadOnlyList<ReplyAction> YesNoActions(WoutTexts texts) =>
    [
        new(texts["answer.yes"], AnswerHrefPrefix + YesNo.Ja, ActionKinds.QuickReply),
        new(texts["answer.no"], AnswerHrefPrefix + YesNo.Nee, ActionKinds.QuickReply),
        new(texts["answer.unknown"], AnswerHrefPrefix + YesNo.Onbekend, ActionKinds.QuickReply),
    ];
}

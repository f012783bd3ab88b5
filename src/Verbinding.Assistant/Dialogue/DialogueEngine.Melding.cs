using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Dialogue;

/// <summary>The melding dialogue's hooks: answers to its open question, and the host's outcome of a confirmed melding.</summary>
public sealed partial class DialogueEngine
{
    /// <summary>Handles a message while a melding question is open; null when the citizen moved on to another topic.</summary>
    private DialogueTurn? AnswerMelding(DialogueState state, string text, QuickReply? quick, MessageUnderstanding understood, WoutTexts texts)
    {
        if (MeldingDialogue.Take(state, text, quick, understood.Entities) is { } answered)
            return MeldingDialogue.Continue(answered, texts);
        if (!MeldingFlow.TakesText(state.PendingQuestion!) && quick is null
            && Known(understood.Topic) is { } other && other != state.Topic)
            return null;
        state = state with { Misunderstandings = state.Misunderstandings + 1 };
        if (state.Misunderstandings >= 2)
            return Handoff(state, HandoffReasons.NotUnderstood, texts);
        return new DialogueTurn([MeldingDialogue.Ask(state, texts)], state, null);
    }

    /// <summary>The host registered the confirmed melding: Wout gives the reference, the basisteam and the tracking link.</summary>
    public DialogueTurn MeldingRegistered(DialogueState state, string reference, string basisteam, string trackingHref)
    {
        var texts = catalog.For(state.Language);
        var reply = new WoutReply(texts.Format("melding.registered", reference, basisteam), state.Topic ?? TopicIds.MeldingOverlast,
            [new ReplyAction(texts["melding.track"], trackingHref, ActionKinds.Route)]);
        return new DialogueTurn([reply], state with { PendingQuestion = null, Answers = MeldingFlow.WithoutMelding(state.Answers) }, null);
    }

    /// <summary>
    /// The host refused the melding (<paramref name="field"/> as its validator names it, e.g. "location.municipality"):
    /// Wout says why and asks that one thing again; every other answer is kept.
    /// </summary>
    public DialogueTurn MeldingRefused(DialogueState state, string field, string message)
    {
        var texts = catalog.For(state.Language);
        var turn = MeldingDialogue.Continue(MeldingFlow.Forget(state, MeldingQuestions.ForField(field)), texts);
        var first = turn.Replies[0];
        return turn with { Replies = [first with { Text = $"{message} {first.Text}" }, .. turn.Replies.Skip(1)] };
    }

    /// <summary>The host judged the melding an emergency after all: 112 first, nothing was stored.</summary>
    public DialogueTurn MeldingEmergency(DialogueState state)
    {
        var texts = catalog.For(state.Language);
        return new DialogueTurn([Emergency(texts), new WoutReply(texts["emergency.later"], TopicIds.Spoed112, [])],
            state with { PendingQuestion = null, Answers = MeldingFlow.WithoutMelding(state.Answers) }, null);
    }
}

using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Assistant.Dialogue.Referral;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Knowledge;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;
using Verbinding.Triage.Evaluation;

namespace Verbinding.Assistant.Dialogue;

/// <summary>Answers an understood topic: the aangifte flow, a partner referral, the knowledge base or a fixed reply.</summary>
internal sealed class TopicResponder(KnowledgeBase knowledge, PartnerDirectory partners, WoutTriage triage, MeldingFlow melding)
{
    /// <summary>Topics answered from the knowledge base first (the fixed reply is the fallback).</summary>
    private static readonly HashSet<string> KnowledgeTopics = [TopicIds.InformatieAlgemeen, TopicIds.BevoegdhedenPolitie];

    public DialogueTurn Respond(DialogueState state, string text, MessageUnderstanding understood, WoutTexts texts, DateTimeOffset now)
    {
        var topic = state.Topic!;
        if (triage.IsAangifteFlow(topic))
            return ContinueAangifte(state, texts, text, understood.Entities, now, first: state.Answers.Count == 0);
        if (MeldingFlow.IsMeldingTopic(topic))
            return melding.Start(state, text, texts, now);

        // Wout asks no questions outside the aangifte flow (the emergency guard has judged the message already).
        if (triage.Knows(topic) && triage.Evaluate(topic, new Dictionary<string, string>(), now, state.Details) is var result
            && TriageReplies.IsReferral(result))
            return new DialogueTurn([Referral(topic, result, texts)], state, null);

        var replies = new List<WoutReply>();
        if (Inform(text, topic, texts) is { } answer)
            replies.Add(answer);
        if (replies.Count == 0 || topic == TopicIds.AangifteAlgemeen)
        {
            var fixedReply = texts.Topic(topic);
            replies.Add(fixedReply is null
                ? new WoutReply(texts["kb.none"], topic, [new ReplyAction("0900-8844", "tel:09008844", ActionKinds.Phone)])
                : new WoutReply(fixedReply.Text, topic, fixedReply.Actions));
        }
        return new DialogueTurn(replies, state, null);
    }

    public static bool IsInformational(string topic) => KnowledgeTopics.Contains(topic) || topic == TopicIds.AangifteAlgemeen;

    /// <summary>A knowledge-base answer for an informational question, or null when no article fits.</summary>
    public WoutReply? Inform(string text, string topic, WoutTexts texts)
    {
        if (!IsInformational(topic))
            return null;
        // Questions about aangifte are answered from aangifte articles only, so the answer stays on topic.
        var filter = topic == TopicIds.AangifteAlgemeen ? topic : null;
        return knowledge.Search(text, texts.Language, 1, filter).FirstOrDefault() is { } hit
            ? KnowledgeReplies.Answer(hit.Article, topic, texts)
            : null;
    }

    /// <summary>Takes in what the message already answered, then asks the next question or offers the route.</summary>
    public DialogueTurn ContinueAangifte(
        DialogueState state, WoutTexts texts, string text, IReadOnlyList<Entity> entities, DateTimeOffset now, bool first)
    {
        var answers = new Dictionary<string, string>(state.Answers);
        foreach (var (question, answer) in AnswerCues.Infer(text, entities, now))
            answers.TryAdd(question, answer); // an explicit answer always wins over a guess from the wording
        state = state with { Answers = answers };

        var topic = state.Topic!;
        if (triage.NextQuestion(topic, answers, now, state.Details) is { } next)
        {
            var question = AangifteReplies.Question(next, topic, texts, triage, first);
            return new DialogueTurn([question], state with { PendingQuestion = next }, null);
        }

        state = state with { PendingQuestion = null };
        var result = triage.Evaluate(topic, answers, now, state.Details);
        if (WoutTriage.IsEmergency(result))
            return new DialogueTurn([DialogueEngine.Emergency(texts), new WoutReply(texts["emergency.later"], topic, [])], state, null);
        return new DialogueTurn(TriageReplies.Route(topic, result, state.Details, texts, partners), state, null);
    }

    private WoutReply Referral(string topic, TriageResult result, WoutTexts texts)
    {
        var reply = TriageReplies.Referral(topic, result, texts, partners, texts.Referral(topic));
        if (ReferralTopics.FollowUpTopic.TryGetValue(topic, out var followUp))
            reply = reply with
            {
                Actions = [.. reply.Actions, new ReplyAction(texts.Label(followUp), QuickReplies.TopicHref(followUp), ActionKinds.QuickReply)],
            };
        return reply;
    }
}

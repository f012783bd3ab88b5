using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Triage;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// "Voorgestelde opties" for the colleague in a chat: the same engine, with the same inputs Wout used in this
/// conversation (topic, yes/no answers, the place the citizen named, the webchat channel), so staff, Wout and the
/// decision aid give the same advice. Without a place the queue's unit decides the regional rules.
/// </summary>
public sealed class ConversationSuggestions(TriageService triage)
{
    public TriageResult? For(AgentConversation conversation)
    {
        if (!triage.IsKnownTopic(conversation.Topic))
        {
            return null;
        }
        var place = triage.Lookup(conversation.Details.GetValueOrDefault("place"));
        var channel = conversation.Channel == ConversationChannels.Web ? Channels.Webchat : Channels.Messaging;
        return triage.Evaluate(conversation.Topic!, AangifteQuestions.ToTriage(conversation.Answers), place.Match, channel, conversation.QueueUnit);
    }
}

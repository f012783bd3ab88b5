using Verbinding.Web.Features.Monitor.Invitations;

namespace Verbinding.Web.Features.Conversations;

/// <summary>Lets the politiemonitor put its invitation into the chat, through the same service that tells the citizen's screen live.</summary>
public sealed class ChatSurveyOffer(ConversationService conversations) : ISurveyChatOffer
{
    public Task OfferAsync(Guid conversationId, string surveyPath, CancellationToken ct) =>
        conversations.OfferSurveyAsync(conversationId, surveyPath, ct);
}

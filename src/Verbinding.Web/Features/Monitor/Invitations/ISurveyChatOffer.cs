namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>Puts the survey link into a closed chat, as the last message the citizen sees (implemented by Conversations).</summary>
public interface ISurveyChatOffer
{
    Task OfferAsync(Guid conversationId, string surveyPath, CancellationToken ct);
}

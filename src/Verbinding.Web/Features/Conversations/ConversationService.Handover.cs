using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

public sealed partial class ConversationService
{
    /// <summary>
    /// The colleague offers a warm handover: a message with the consent-page action for this conversation. Consent
    /// stays with the citizen; the colleague only sends the question.
    /// </summary>
    public Task<AgentResult> OfferHandoverAsync(Guid id, StaffActor agent, string? partnerId, string text, string actionLabel, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "offer-handover", (c, change) =>
        {
            if (partnerId is null || !OwnedBy(c, agent))
                return AgentResult.Conflict;
            if (!delivery.IsWindowOpen(c, change.Now))
                return AgentResult.TemplateRequired;
            c.FirstAgentResponseAt ??= change.Now;
            change.Add(AuthorKinds.Agent, text, actions: [new ReplyAction(actionLabel, $"/hulp/overdracht?partner={partnerId}", ActionKinds.Handover)],
                authorId: agent.UserId, authorName: agent.Name);
            return AgentResult.Done;
        }, ct);
}

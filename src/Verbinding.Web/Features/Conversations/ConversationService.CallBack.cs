using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

public sealed partial class ConversationService
{
    /// <summary>
    /// Right after a handoff: when no colleague who serves the queue has a workspace open, Wout says so honestly
    /// and offers a call-back instead of letting the chat wait unseen. The chat stays queued either way.
    /// </summary>
    private async Task<ConversationMessage?> CallBackOfferAsync(Conversation c, ConversationChange change, CancellationToken ct)
    {
        if (await AnyoneServesAsync(c.QueueUnit, ct))
            return null;
        return change.Add(AuthorKinds.Bot, system.Get("NobodyOnline", c.Language), c.Topic,
            [new ReplyAction(system.Get("NobodyOnlineCallBack", c.Language), CallBackLink(c.Id), ActionKinds.Route)]);
    }

    /// <summary>Everyone serves the national queue; a unit's queue is served by that unit and by national colleagues.</summary>
    private Task<bool> AnyoneServesAsync(string queueUnit, CancellationToken ct) =>
        queueUnit == ConversationQueues.National
            ? db.Set<AgentPresence>().AnyAsync(ct)
            : db.Set<AgentPresence>().AnyAsync(p => p.EenheidId == queueUnit || p.EenheidId == ConversationQueues.National, ct);

    public static string CallBackLink(Guid conversationId) => $"/terugbellen?reden=chat&gesprek={conversationId:N}";
}

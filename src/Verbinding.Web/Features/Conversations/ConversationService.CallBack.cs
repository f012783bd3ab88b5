using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Infrastructure.Web;

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

    /// <summary>
    /// The citizen booked a call-back from the offer: the chat leaves the queue with the promised time in its
    /// transcript. Only a chat still waiting is changed, so the id in the link cannot close a chat a colleague has.
    /// </summary>
    public Task<bool> CallBackBookedAsync(Guid id, string reference, DateTimeOffset start, CancellationToken ct) =>
        ChangeAsync(id, (c, change) =>
        {
            if (c is null || c.State != ConversationStates.Waiting)
                return Task.FromResult(false);
            c.State = ConversationStates.Closed;
            c.Outcome = Outcomes.CallBack;
            c.ClosedAt = change.Now;
            change.QueueChanged = true;
            change.Add(AuthorKinds.System, string.Format(
                System.Globalization.CultureInfo.InvariantCulture, system.Get("CallBackBooked", c.Language), reference, DutchTime.Format(start)));
            return Task.FromResult(true);
        }, ct);
}

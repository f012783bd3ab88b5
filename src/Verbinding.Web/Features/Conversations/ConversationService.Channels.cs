using Microsoft.EntityFrameworkCore;
using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

/// <summary>A message from a messaging channel whose webhook has already proven the sender (signature, replay checks).</summary>
public sealed record ChannelInbound(string Channel, string AddressHash, string Address, Guid? CitizenId, string Text, string MessageId);

public sealed partial class ConversationService
{
    /// <summary>
    /// Adds an inbound channel message to the citizen's open conversation on that channel, or starts one. The channel
    /// address is the citizen's capability here, so the conversation's token is random and never handed out.
    /// </summary>
    public async Task ReceiveOnChannelAsync(ChannelInbound inbound, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var id = await OpenConversationOnAsync(inbound, ct);
            var stored = await ChangeAsync(id, async (c, change) =>
            {
                if (c is null || c.State == ConversationStates.Closed)
                    return false; // closed just now: the next attempt starts a new conversation
                if (await db.Set<ConversationMessage>().AnyAsync(m => m.ConversationId == c.Id && m.ClientMessageId == inbound.MessageId, ct))
                    return true;
                c.CitizenId ??= inbound.CitizenId;
                await ConverseAsync(c, change, inbound.Text, inbound.MessageId, ct);
                return true;
            }, ct);
            if (stored)
                return;
        }
        throw new InvalidOperationException("No open conversation to store the channel message in.");
    }

    /// <summary>Sends an approved template: the only thing a messaging channel allows outside its reply window.</summary>
    public Task<AgentResult> SendTemplateAsync(Guid id, StaffActor agent, string templateName, CancellationToken ct) =>
        AgentChangeAsync(id, agent, "template", (c, change) =>
        {
            if (!ConversationChannels.IsMessaging(c.Channel) || templates.Find(templateName, c.Language) is not { } template)
                return AgentResult.Invalid;
            if (!OwnedBy(c, agent))
                return AgentResult.Conflict;
            c.FirstAgentResponseAt ??= change.Now;
            change.Add(AuthorKinds.Agent, template.Text, authorId: agent.UserId, authorName: agent.Name).TemplateName = template.Name;
            return AgentResult.Done;
        }, ct);

    private async Task<Guid> OpenConversationOnAsync(ChannelInbound inbound, CancellationToken ct)
    {
        var open = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Channel == inbound.Channel && c.ChannelAddressHash == inbound.AddressHash && c.State != ConversationStates.Closed)
            .OrderByDescending(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (open is { } id)
            return id;
        var now = time.GetUtcNow();
        // No greeting on a phone: the citizen opened with a question, and Wout answers that.
        var state = wout.Greeting(Languages.Dutch).State;
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now),
            Channel = inbound.Channel,
            Language = state.Language,
            QueueUnit = ConversationQueues.National,
            TokenHash = ConversationToken.Hash(ConversationToken.Create()),
            DialogueStateJson = DialogueStateJson.Write(state),
            ChannelAddressHash = inbound.AddressHash,
            ChannelAddress = addresses.Protect(inbound.Address),
            CitizenId = inbound.CitizenId,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.ChangeTracker.Clear();
        db.Add(conversation);
        await db.SaveChangesAsync(ct);
        return conversation.Id;
    }
}

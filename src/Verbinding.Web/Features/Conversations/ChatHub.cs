using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Live chat at /hubs/chat. Citizens join their conversation's group with its token (or the /chat cookie);
/// colleagues join their queues' groups under the staff policy. Every call goes through <see cref="ConversationService"/>,
/// the same code as the HTTP API and the pages.
/// </summary>
public sealed class ChatHub(ConversationService conversations, VerbindingDbContext db, TimeProvider time) : Hub
{
    public const string Path = "/hubs/chat";

    /// <summary>Subscribes to a conversation and returns its transcript so a (re)connecting client catches up.</summary>
    public async Task<Transcript> JoinConversation(Guid id, string? token)
    {
        var transcript = await conversations.TranscriptForCitizenAsync(id, TokenOrCookie(id, token), Context.ConnectionAborted)
            ?? throw NotFound();
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(id), Context.ConnectionAborted);
        return transcript;
    }

    public async Task<SentMessage> SendMessage(Guid id, string? token, string text, string? clientMessageId)
    {
        if (ChatInput.Problem(text, clientMessageId) is { } problem)
            throw new HubException(problem);
        var outcome = await conversations.SendAsCitizenAsync(id, TokenOrCookie(id, token), text, clientMessageId, Context.ConnectionAborted);
        return outcome.Status switch
        {
            SendStatus.Sent => outcome.Message!,
            SendStatus.Closed => throw new HubException(ChatInput.ClosedMessage),
            _ => throw NotFound(),
        };
    }

    /// <summary>A colleague's workspace: live queue changes for their unit and the national queue; counts as online.</summary>
    [Authorize(Policy = StaffPolicies.Staff)]
    public async Task JoinAgents()
    {
        var agent = StaffActor.From(Context.User!);
        string[] groups = agent.Scope.IsNational
            ? [ChatGroups.AllAgents]
            : [ChatGroups.Agents(ConversationQueues.National), ChatGroups.Agents(agent.Scope.EenheidId ?? "")];
        foreach (var group in groups)
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        if (!await db.Set<AgentPresence>().AnyAsync(p => p.ConnectionId == Context.ConnectionId, Context.ConnectionAborted))
        {
            db.Add(new AgentPresence
            {
                ConnectionId = Context.ConnectionId,
                UserId = agent.UserId,
                EenheidId = agent.Scope.EenheidId ?? ConversationQueues.National,
                ConnectedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(Context.ConnectionAborted);
        }
    }

    /// <summary>A colleague follows one conversation live (the page has already shown, and audited, the transcript).</summary>
    [Authorize(Policy = StaffPolicies.Staff)]
    public async Task WatchConversation(Guid id)
    {
        var agent = StaffActor.From(Context.User!);
        var queue = await db.Set<Conversation>().Where(c => c.Id == id).Select(c => c.QueueUnit).FirstOrDefaultAsync(Context.ConnectionAborted);
        if (queue is null || !agent.CanSeeQueue(queue))
            throw NotFound();
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Conversation(id), Context.ConnectionAborted);
    }

    [Authorize(Policy = StaffPolicies.Staff)]
    public async Task AgentSend(Guid id, string text, string? clientMessageId)
    {
        if (ChatInput.Problem(text, clientMessageId) is { } problem)
            throw new HubException(problem);
        var result = await conversations.ReplyAsAgentAsync(id, StaffActor.From(Context.User!), text, clientMessageId, Context.ConnectionAborted);
        if (result != AgentResult.Done)
            throw new HubException(result switch
            {
                AgentResult.NotFound => ChatInput.NotFoundMessage,
                AgentResult.TemplateRequired => ChatInput.TemplateRequiredMessage,
                _ => ChatInput.NotYoursMessage,
            });
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await db.Set<AgentPresence>().Where(p => p.ConnectionId == Context.ConnectionId).ExecuteDeleteAsync();
        await base.OnDisconnectedAsync(exception);
    }

    private string? TokenOrCookie(Guid id, string? token) =>
        string.IsNullOrEmpty(token) ? ChatCookie.TokenFor(Context.GetHttpContext(), id) : token;

    private static HubException NotFound() => new(ChatInput.NotFoundMessage);
}

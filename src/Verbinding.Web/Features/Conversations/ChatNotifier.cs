using Microsoft.AspNetCore.SignalR;

namespace Verbinding.Web.Features.Conversations;

/// <summary>Tells listeners about a change that is already stored.</summary>
public interface IChatNotifier
{
    Task ChangedAsync(Conversation conversation, ConversationChange change, CancellationToken ct);
}

/// <summary>The live update pushed to a conversation's listeners: the new messages and the state after them.</summary>
public sealed record ConversationUpdate(Guid Id, string State, IReadOnlyList<MessageView> Messages);

/// <summary>Pushed to the agents of a queue when a conversation enters, leaves or moves between queues.</summary>
public sealed record QueueUpdate(Guid Id, string State, string QueueUnit, string? Topic);

public static class ChatGroups
{
    public static string Conversation(Guid id) => $"conversation:{id}";

    public static string Agents(string queueUnit) => $"agents:{queueUnit}";

    /// <summary>National-scope staff: every queue.</summary>
    public const string AllAgents = "agents:*";
}

public static class ChatEvents
{
    public const string Messages = "messages";
    public const string Queue = "queue";
}

/// <summary>SignalR delivery. Failures are logged, never thrown: the change is stored and clients catch up on reconnect.</summary>
public sealed class ChatNotifier(IHubContext<ChatHub> hub, ILogger<ChatNotifier> logger) : IChatNotifier
{
    public async Task ChangedAsync(Conversation conversation, ConversationChange change, CancellationToken ct)
    {
        try
        {
            if (change.Added.Count > 0)
            {
                var update = new ConversationUpdate(conversation.Id, conversation.State, [.. change.Added.Select(MessageView.From)]);
                await hub.Clients.Group(ChatGroups.Conversation(conversation.Id)).SendAsync(ChatEvents.Messages, update, ct);
            }
            if (change.QueueChanged)
            {
                var groups = new[] { conversation.QueueUnit, change.PreviousQueueUnit }.OfType<string>().Distinct()
                    .Select(ChatGroups.Agents).Append(ChatGroups.AllAgents).ToList();
                var update = new QueueUpdate(conversation.Id, conversation.State, conversation.QueueUnit, conversation.Topic);
                await hub.Clients.Groups(groups).SendAsync(ChatEvents.Queue, update, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Live update for conversation {Id} not delivered", conversation.Id);
        }
    }
}

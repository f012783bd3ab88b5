using System.Text.Json;
using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

/// <summary>A button or link under one of Wout's messages.</summary>
public sealed record ActionView(string Label, string Href, string Kind);

/// <summary>One message as citizens, agents and API clients see it.</summary>
public sealed record MessageView(
    Guid Id, int Sequence, string Author, string? AuthorName, DateTimeOffset Time, string Text, string? Topic,
    IReadOnlyList<ActionView> Actions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MessageView From(ConversationMessage m) =>
        new(m.Id, m.Sequence, m.AuthorKind, m.AuthorName, m.At, m.Text, m.Topic, ReadActions(m.ActionsJson));

    public static string? ActionsToJson(IReadOnlyList<ReplyAction> actions) =>
        actions.Count == 0 ? null : JsonSerializer.Serialize(actions.Select(a => new ActionView(a.Label, a.Href, a.Kind)), Json);

    private static IReadOnlyList<ActionView> ReadActions(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<ActionView>>(json, Json) ?? [];
}

/// <summary>What Wout said in reply to one citizen message (the HTTP contract's <c>replies</c>).</summary>
public sealed record ReplyView(string Text, string? Topic, IReadOnlyList<ActionView> Actions)
{
    public static ReplyView From(MessageView m) => new(m.Text, m.Topic, m.Actions);
}

/// <summary>A new conversation: the token is shown here once and never again.</summary>
public sealed record StartedConversation(Guid Id, string Token, IReadOnlyList<MessageView> Messages);

/// <summary>The answer to a citizen message: Wout's replies (none once a colleague owns the chat) and the state.</summary>
public sealed record SentMessage(IReadOnlyList<ReplyView> Replies, string State);

public sealed record Transcript(Guid Id, string Channel, string Language, string State, IReadOnlyList<MessageView> Messages);

public enum SendStatus
{
    Sent,
    NotFound,
    Closed,
}

public sealed record SendOutcome(SendStatus Status, SentMessage? Message = null);

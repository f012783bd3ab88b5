using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations.Tools;

/// <summary>What a tool sends in the colleague's name: a text and optional buttons.</summary>
public sealed record AgentMessage(string Text, IReadOnlyList<ReplyAction>? Actions = null);

/// <summary>The conversation as a tool needs it to write the message in the citizen's language and prefill links.</summary>
public sealed record ToolContext(Guid ConversationId, string Language, string? Topic, IReadOnlyDictionary<string, string> Answers);

namespace Verbinding.Web.Features.Conversations;

/// <summary>Marker for the chat's and the agents' workspace texts (ConversationsText.resx, .en.resx).</summary>
public sealed class ConversationsText;

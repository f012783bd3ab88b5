namespace Verbinding.Web.Features.Conversations;

public static class ConversationLimits
{
    /// <summary>What a citizen or agent may type in one message.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Room for Wout's longer knowledge-base answers.</summary>
    public const int MaxStoredTextLength = 8000;

    public const int MaxClientMessageIdLength = 64;

    /// <summary>Target for the first reply of a colleague after a web-chat handoff.</summary>
    public static readonly TimeSpan FirstResponseTarget = TimeSpan.FromSeconds(60);
}

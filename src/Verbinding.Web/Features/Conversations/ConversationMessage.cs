namespace Verbinding.Web.Features.Conversations;

/// <summary>One message in a conversation, stored before it is acknowledged to anyone.</summary>
public sealed class ConversationMessage
{
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>Order within the conversation (0, 1, 2, ...): unique, so concurrent appends cannot interleave.</summary>
    public int Sequence { get; set; }

    public required string AuthorKind { get; set; }

    /// <summary>The staff user id for agent messages; null for the citizen, Wout and the system.</summary>
    public string? AuthorId { get; set; }

    public string? AuthorName { get; set; }

    /// <summary>The sender's own id for the message: the same id sent twice is stored once.</summary>
    public string? ClientMessageId { get; set; }

    public required string Text { get; set; }

    public string? Topic { get; set; }

    /// <summary>Wout's quick replies and links as JSON (<c>ReplyAction[]</c>); null for other authors.</summary>
    public string? ActionsJson { get; set; }

    /// <summary>Messaging channels: the approved template this message was sent as (outside the reply window).</summary>
    public string? TemplateName { get; set; }

    public DateTimeOffset At { get; set; }
}

public static class AuthorKinds
{
    public const string Bot = "bot";
    public const string Citizen = "citizen";
    public const string Agent = "agent";
    public const string System = "system";
}

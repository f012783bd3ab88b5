using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

/// <summary>What one operation did to a conversation: the messages it added and whether queues must be told.</summary>
public sealed class ConversationChange(Conversation? conversation, DateTimeOffset now)
{
    private readonly List<ConversationMessage> _added = [];
    private readonly List<ConversationMessage> _mailAlso = [];

    public DateTimeOffset Now { get; } = now;

    public IReadOnlyList<ConversationMessage> Added => _added;

    /// <summary>The queue the conversation was in before this change (a transfer tells both queues).</summary>
    public string? PreviousQueueUnit { get; } = conversation?.QueueUnit;

    public bool QueueChanged { get; set; }

    /// <summary>System messages the e-mail channel sends too (colleagues' messages always go); see <see cref="MailAlso"/>.</summary>
    public IReadOnlyList<ConversationMessage> AlsoMailed => _mailAlso;

    public bool HasChanges => _added.Count > 0 || QueueChanged;

    public ConversationMessage Add(
        string authorKind, string text, string? topic = null, IReadOnlyList<ReplyAction>? actions = null,
        string? clientMessageId = null, string? authorId = null, string? authorName = null)
    {
        var message = conversation!.Append(new ConversationMessage
        {
            AuthorKind = authorKind,
            AuthorId = authorId,
            AuthorName = authorName,
            ClientMessageId = clientMessageId,
            Text = text,
            Topic = topic,
            ActionsJson = actions is null ? null : MessageView.ActionsToJson(actions),
            At = Now,
        });
        _added.Add(message);
        return message;
    }

    /// <summary>Marks a system message (the acknowledgement) for e-mail; other notices stay in the transcript only.</summary>
    public void MailAlso(ConversationMessage message) => _mailAlso.Add(message);
}

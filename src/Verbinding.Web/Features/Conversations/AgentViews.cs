namespace Verbinding.Web.Features.Conversations;

/// <summary>A conversation waiting in a queue, as the workspace lists it.</summary>
public sealed record QueueItem(
    Guid Id, string QueueUnit, string Language, string TopicGroup, string? Topic, string? HandoffReason, string? Summary,
    DateTimeOffset QueuedAt, TimeSpan Wait)
{
    public string Channel { get; init; } = ConversationChannels.Web;

    /// <summary>When a colleague's first answer is due (the channel's service level; one working day for e-mail).</summary>
    public DateTimeOffset Due { get; init; }
}

/// <summary>A conversation the colleague is handling now.</summary>
public sealed record ActiveItem(Guid Id, string QueueUnit, string Language, string? Topic, DateTimeOffset? ClaimedAt, bool Answered);

public sealed record Workspace(IReadOnlyList<QueueItem> Waiting, IReadOnlyList<ActiveItem> Mine);

/// <summary>Live figures per queue for supervisors.</summary>
public sealed record QueueFigures(string QueueUnit, int Waiting, TimeSpan LongestWait, int AgentsOnline);

/// <summary>Everything an agent needs to take over without asking the citizen again.</summary>
public sealed record AgentConversation(
    Guid Id, string Channel, string Language, string State, string QueueUnit, string TopicGroup, string? Topic,
    string? HandoffReason, string? Summary, string? AssignedAgentId, string? AssignedAgentName, string? Outcome,
    DateTimeOffset? QueuedAt, DateTimeOffset? FirstResponseDue, DateTimeOffset? FirstAgentResponseAt,
    IReadOnlyDictionary<string, string> Details, IReadOnlyList<MessageView> Messages)
{
    /// <summary>A messaging channel past its reply window: only an approved template can be sent.</summary>
    public bool NeedsTemplate { get; init; }

    public IReadOnlyList<Messaging.MessagingTemplate> Templates { get; init; } = [];

    /// <summary>E-mail conversations: what became of each message sent by e-mail (newest first).</summary>
    public IReadOnlyList<EmailDeliveryView> EmailDeliveries { get; init; } = [];
}

/// <summary>One message sent by e-mail: when it was written and the outbox's state (sent, retrying, given up).</summary>
public sealed record EmailDeliveryView(int Sequence, DateTimeOffset At, string Status, int Attempts, DateTimeOffset? SentAt);

public enum AgentResult
{
    Done,
    NotFound,
    /// <summary>The conversation is not in a state for this action (e.g. someone else claimed it first).</summary>
    Conflict,
    Invalid,
    /// <summary>A messaging channel's reply window has closed: free text is not allowed, only an approved template.</summary>
    TemplateRequired,
}

public static class Outcomes
{
    public const string Answered = "beantwoord";
    public const string Referred = "doorverwezen";
    public const string Aangifte = "aangifte";
    public const string NoResponse = "geen-reactie";
    public const string Other = "overig";

    /// <summary>Set by the system when the citizen booked a call-back instead of waiting; not an agent's choice.</summary>
    public const string CallBack = "terugbellen";

    public static readonly IReadOnlyList<string> All = [Answered, Referred, Aangifte, NoResponse, Other];
}

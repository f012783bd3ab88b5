namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// One contact between a citizen and the police (web chat first). Ownership is an explicit state
/// (<see cref="ConversationStates"/>): Wout, then the queue, then a colleague, then closed.
/// </summary>
public sealed class Conversation
{
    public Guid Id { get; set; }

    public required string Channel { get; set; }

    public required string Language { get; set; }

    public string State { get; set; } = ConversationStates.Bot;

    /// <summary>The queue's unit: an eenheid id, or <see cref="ConversationQueues.National"/>.</summary>
    public required string QueueUnit { get; set; }

    /// <summary>The queue's skill besides language: a topic group (<see cref="TopicGroups"/>).</summary>
    public string TopicGroup { get; set; } = TopicGroups.General;

    /// <summary>Wout's last understood topic (a contract id), shown to agents.</summary>
    public string? Topic { get; set; }

    /// <summary>SHA-256 of the citizen's capability token; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    /// <summary>Wout's <c>DialogueState</c> as JSON.</summary>
    public required string DialogueStateJson { get; set; }

    public string? AssignedAgentId { get; set; }

    public string? AssignedAgentName { get; set; }

    public string? HandoffReason { get; set; }

    /// <summary>Wout's Dutch summary for the agent.</summary>
    public string? HandoffSummary { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The citizen in the cross-channel timeline (Contacts), when known: DigiD, a phone number, a colleague's link.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>Messaging channels: keyed hash of the citizen's E.164 number, to find their open conversation.</summary>
    public string? ChannelAddressHash { get; set; }

    /// <summary>Messaging channels: the number itself, encrypted with Data Protection; read only to send a reply.</summary>
    public string? ChannelAddress { get; set; }

    /// <summary>The citizen's last message: messaging channels allow free replies only within a window after it.</summary>
    public DateTimeOffset? LastCitizenMessageAt { get; set; }

    /// <summary>Messages so far; the next message gets this as its sequence number.</summary>
    public int MessageCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the conversation last entered the queue: the start of the wait and of the first-response clock.</summary>
    public DateTimeOffset? QueuedAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? FirstAgentResponseAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Concurrency token: renewed on every change, so two agents cannot both claim and appends never interleave.</summary>
    public Guid Version { get; set; }

    public List<ConversationMessage> Messages { get; set; } = [];

    /// <summary>Numbers a new message as the next one in this conversation; the caller adds it to the DbContext.</summary>
    public ConversationMessage Append(ConversationMessage message)
    {
        message.Id = Guid.CreateVersion7(message.At);
        message.ConversationId = Id;
        message.Sequence = MessageCount++;
        UpdatedAt = message.At;
        return message;
    }
}

public static class ConversationStates
{
    public const string Bot = "bot";
    public const string Waiting = "waiting";
    public const string Agent = "agent";
    public const string Closed = "closed";
}

public static class ConversationChannels
{
    public const string Web = "web";
    public const string WhatsApp = "whatsapp";

    /// <summary>E-mail: received by the SMTP listener, straight to the queue (Wout classifies, he does not write back).</summary>
    public const string Email = "email";

    /// <summary>Channels a client may start over the conversations API; messaging channels start from their webhook.</summary>
    public static readonly IReadOnlyList<string> All = [Web];

    public static bool IsMessaging(string channel) => channel == WhatsApp;
}

public static class ConversationQueues
{
    /// <summary>The national queue for citizens who named no (known) municipality; every agent sees it.</summary>
    public const string National = "landelijk";
}

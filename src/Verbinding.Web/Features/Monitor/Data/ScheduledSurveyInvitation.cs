namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// A closed contact that is to be invited once <see cref="DueAt"/> has passed. It lives only until the scheduler has
/// turned it into an invitation (or decided not to), so the e-mail address it carries (encrypted) is kept no longer
/// than the delay. The unique contact reference keeps one request per contact, also when two nodes close it at once.
/// </summary>
public sealed class ScheduledSurveyInvitation
{
    public Guid Id { get; set; }

    public required string ContactReference { get; set; }

    /// <summary>Keyed hash of the citizen (for the 90-day rule); never the identifier itself.</summary>
    public required string CitizenKeyHash { get; set; }

    /// <summary>The e-mail address, encrypted with the notification recipients' Data Protection purpose; null for in-chat delivery.</summary>
    public string? ProtectedEmail { get; set; }

    /// <summary>The mobile number for an SMS invitation, encrypted like <see cref="ProtectedEmail"/>; only when there is no e-mail address.</summary>
    public string? ProtectedPhone { get; set; }

    /// <summary>A <see cref="SurveyDelivery"/> value.</summary>
    public required string Delivery { get; set; }

    public string Language { get; set; } = "nl";

    public required string EenheidId { get; set; }

    public string BasisteamId { get; set; } = "";

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public string Topic { get; set; } = "";

    public int Month { get; set; }

    public bool WoutOnly { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Until when a node works on this row; a crashed node's lease runs out and another node takes over.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    public string? LeaseHolder { get; set; }

    public int Attempts { get; set; }

    public ContactMetadata Metadata => new(EenheidId, BasisteamId, Channel, ContactType, Topic, Month, WoutOnly);
}

/// <summary>How the invitation reaches the citizen.</summary>
public static class SurveyDelivery
{
    public const string Email = "email";

    /// <summary>A message with the link at the end of the chat the citizen is in.</summary>
    public const string Chat = "chat";

    /// <summary>A text message with the link, for citizens who left only a mobile number.</summary>
    public const string Sms = "sms";
}

namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// A dissatisfied citizen who said we may contact them: the unit's team calls back. This is the only place where a
/// response meets a person, and only because the citizen asked for it.
/// </summary>
public sealed class FollowUpTask
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string EenheidId { get; set; }

    public string BasisteamId { get; set; } = "";

    public Guid ResponseId { get; set; }

    public string? ContactReference { get; set; }

    public string? ContactEmail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Status { get; set; } = FollowUpStatus.Open;

    /// <summary>The "contact within 5 working days" clock (<c>ServiceClocks</c>); null when it could not be started.</summary>
    public Guid? ServiceClockId { get; set; }

    public DateTimeOffset? ContactedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>What was agreed or done; staff are told not to write more personal data than needed.</summary>
    public string? Note { get; set; }

    /// <summary>The staff user id of the last person who changed the task.</summary>
    public string? HandledBy { get; set; }
}

public static class FollowUpStatus
{
    public const string Open = "open";
    public const string InProgress = "in-behandeling";
    public const string Done = "afgerond";
}

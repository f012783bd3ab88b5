namespace Verbinding.Web.Features.TriagePolicies;

/// <summary>
/// One version of the national triage policy or of one unit's override: the JSON document as written, and its way
/// through draft, submitted, approved (or rejected). Whether an approved version is in force (effective) or replaced
/// (superseded) follows from <see cref="EffectiveFrom"/> and the clock, so no job has to flip it at the right moment.
/// </summary>
public sealed class PolicyVersion
{
    public int Id { get; set; }

    /// <summary><see cref="PolicyScopes.National"/> or an eenheid id.</summary>
    public required string Scope { get; set; }

    /// <summary>The document's own "version" field: what every triage answer records.</summary>
    public required string Label { get; set; }

    public required string Document { get; set; }

    public required string Status { get; set; }

    public required string ChangeNote { get; set; }

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? DeciderId { get; set; }

    public string? DeciderName { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? EffectiveFrom { get; set; }

    public string? RejectionReason { get; set; }
}

public static class PolicyStatus
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    // Shown, never stored: an approved version whose time has come, and one a later version replaced.
    public const string Effective = "effective";
    public const string Superseded = "superseded";
    public const string Scheduled = "scheduled";
}

public static class PolicyScopes
{
    public const string National = "national";
}

namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// When a citizen was last invited, under a keyed hash of their identity (not reversible without the server key).
/// One row per citizen and a conditional update make "one invitation per 90 days" hold across nodes.
/// </summary>
public sealed class SurveyInvitationThrottle
{
    public required string CitizenKeyHash { get; set; }

    public DateTimeOffset LastInvitedAt { get; set; }
}

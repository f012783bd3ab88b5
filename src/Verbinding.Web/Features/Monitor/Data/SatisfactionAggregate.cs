namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// Counts per month and contact profile, kept in the same transaction as each invitation and response, so
/// reports read a few thousand rows instead of a million responses. The key columns are the whole profile.
/// </summary>
public sealed class SatisfactionAggregate
{
    public int Month { get; set; }

    public required string EenheidId { get; set; }

    public required string BasisteamId { get; set; }

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public required string Topic { get; set; }

    public bool WoutOnly { get; set; }

    public long Invited { get; set; }

    public long Responses { get; set; }

    public long VerySatisfied { get; set; }

    public long Satisfied { get; set; }

    public long Neutral { get; set; }

    public long Dissatisfied { get; set; }

    public long VeryDissatisfied { get; set; }

    public long NoOpinion { get; set; }

    public long GradeSum { get; set; }

    public long GradeCount { get; set; }

    public long TrustSum { get; set; }

    public long TrustCount { get; set; }
}

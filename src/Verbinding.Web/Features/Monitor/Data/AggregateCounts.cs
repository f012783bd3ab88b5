namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// The counts every satisfaction aggregate table keeps, per month and eenheid. The tables differ only in which
/// other parts of the contact profile are in their key; see <see cref="AggregateLevels"/>.
/// </summary>
public abstract class AggregateCounts
{
    public int Month { get; set; }

    public required string EenheidId { get; set; }

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

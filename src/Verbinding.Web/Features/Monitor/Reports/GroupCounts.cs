namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>The summed aggregate counts of one group.</summary>
public sealed record GroupCounts(
    string Group, long Invited, long Responses, long Satisfied, long Rated, long GradeSum, long GradeCount, long TrustSum, long TrustCount)
{
    public static GroupCounts Sum(string group, IEnumerable<GroupCounts> parts)
    {
        var list = parts.ToList();
        return new GroupCounts(group, list.Sum(p => p.Invited), list.Sum(p => p.Responses), list.Sum(p => p.Satisfied), list.Sum(p => p.Rated),
            list.Sum(p => p.GradeSum), list.Sum(p => p.GradeCount), list.Sum(p => p.TrustSum), list.Sum(p => p.TrustCount));
    }

    public GroupCounts Minus(GroupCounts other) => new(Group, Invited - other.Invited, Responses - other.Responses,
        Satisfied - other.Satisfied, Rated - other.Rated, GradeSum - other.GradeSum, GradeCount - other.GradeCount,
        TrustSum - other.TrustSum, TrustCount - other.TrustCount);
}

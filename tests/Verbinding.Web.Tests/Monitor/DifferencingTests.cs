using Verbinding.Web.Features.Monitor.Reports;

namespace Verbinding.Web.Tests.Monitor;

public sealed class DifferencingTests
{
    private static GroupCounts Counts(string group, long satisfied, long rated) => new(group, 0, rated, satisfied, rated, 0, 0, 0, 0);

    private static IReadOnlyList<SatisfactionRow> Report(params GroupCounts[] groups) =>
        SatisfactionRowBuilder.ProtectAgainstDifferencing(groups.Select(g => SatisfactionRowBuilder.Build(g)).ToList());

    [Fact]
    public void One_small_group_next_to_shown_groups_also_hides_the_smallest_shown_group()
    {
        // Without the second hiding, the 6 answers of "web" follow from the total minus the two other groups.
        var rows = Report(Counts("web", 2, 6), Counts("telefoon", 40, 50), Counts("balie", 30, 35));

        Assert.All(rows.Where(r => r.Group is "web" or "balie"), r => Assert.Null(r.SatisfiedPct));
        Assert.Equal(SatisfactionRowBuilder.SecondarySuppressionNote, rows.Single(r => r.Group == "balie").SuppressionNote);
        Assert.Equal(80.0, rows.Single(r => r.Group == "telefoon").SatisfiedPct);
    }

    [Fact]
    public void Two_small_groups_or_none_change_nothing_more()
    {
        var twoSmall = Report(Counts("web", 2, 6), Counts("email", 1, 3), Counts("telefoon", 40, 50));
        Assert.Equal(2, twoSmall.Count(r => r.Suppressed));
        Assert.NotNull(twoSmall.Single(r => r.Group == "telefoon").SatisfiedPct);

        var noneSmall = Report(Counts("telefoon", 40, 50), Counts("balie", 30, 35));
        Assert.DoesNotContain(noneSmall, r => r.Suppressed);
    }
}

using Verbinding.Web.Features.Monitor.Statistics;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>Turns counts into figures, applying the suppression rule before anything is computed. Pure.</summary>
public static class SatisfactionRowBuilder
{
    public const string SuppressionNote = "te weinig reacties (minder dan 10) / too few responses (fewer than 10)";

    public const string SecondarySuppressionNote =
        "verborgen zodat een kleine groep niet uit de andere cijfers is af te leiden / hidden so that a small group cannot be worked out from the other figures";

    /// <summary>
    /// Secondary suppression. With one group hidden and the others and the total shown, the hidden group's figures
    /// follow by subtraction (total minus the rest). So when exactly one group is hidden, the smallest shown group is
    /// hidden too; two unknowns cannot be separated.
    /// </summary>
    public static IReadOnlyList<SatisfactionRow> ProtectAgainstDifferencing(IReadOnlyList<SatisfactionRow> rows)
    {
        if (rows.Count(r => r.Suppressed) != 1 || rows.Count < 2)
        {
            return rows;
        }
        var smallest = rows.Where(r => !r.Suppressed).MinBy(r => r.N)!;
        return rows.Select(r => ReferenceEquals(r, smallest) ? Hidden(r, SecondarySuppressionNote) : r).ToList();
    }

    private static SatisfactionRow Hidden(SatisfactionRow row, string note) =>
        new(row.Group, row.Label, row.Responses, row.N, null, null, null, null, null, null, true, note, null);

    public static SatisfactionRow Build(GroupCounts counts, string? label = null, GroupCounts? national = null)
    {
        if (Suppression.IsSuppressed(counts.Responses) || Suppression.IsSuppressed(counts.Rated))
        {
            return Hidden(new SatisfactionRow(counts.Group, label, counts.Responses, counts.Rated, null, null, null, null, null, null, true, null, null), SuppressionNote);
        }
        var estimate = WilsonInterval.Compute(counts.Satisfied, counts.Rated);
        return new SatisfactionRow(
            counts.Group, label, counts.Responses, counts.Rated,
            Percent(estimate.Proportion), Percent(estimate.Low), Percent(estimate.High),
            Mean(counts.GradeSum, counts.GradeCount), Mean(counts.TrustSum, counts.TrustCount),
            counts.Invited > 0 ? Percent(Math.Min(1.0, (double)counts.Responses / counts.Invited)) : null,
            false, null,
            national is null ? null : Compare(counts, national.Minus(counts)));
    }

    /// <summary>Against the rest of the country (not the total, which contains the group itself).</summary>
    public static Comparison? Compare(GroupCounts baseline, GroupCounts other, bool otherIsLater = false)
    {
        if (Suppression.IsSuppressed(other.Rated) || Suppression.IsSuppressed(baseline.Rated))
        {
            return null;
        }
        var test = otherIsLater
            ? TwoProportionZTest.Compare(baseline.Satisfied, baseline.Rated, other.Satisfied, other.Rated)
            : TwoProportionZTest.Compare(other.Satisfied, other.Rated, baseline.Satisfied, baseline.Rated);
        var direction = !test.IsSignificant() ? "same" : test.Difference > 0 ? "higher" : "lower";
        return new Comparison(direction, Math.Round(test.PValue, 4));
    }

    public static IReadOnlyList<TrendPoint> Trend(IReadOnlyList<GroupCounts> months)
    {
        var points = new List<TrendPoint>();
        GroupCounts? previous = null;
        foreach (var month in months)
        {
            var row = Build(month);
            var change = previous is null || row.Suppressed ? null : Compare(previous, month, otherIsLater: true);
            points.Add(new TrendPoint(month.Group, row, change));
            if (!row.Suppressed)
            {
                previous = month;
            }
        }
        return points;
    }

    private static double? Mean(long sum, long count) =>
        Suppression.IsSuppressed(count) ? null : Math.Round((double)sum / count, 2);

    private static double Percent(double fraction) => Math.Round(fraction * 100, 1);
}

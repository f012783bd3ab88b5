using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Features.Monitor.Statistics;

namespace Verbinding.Web.Features.Monitor.Reports;

/// <summary>The summed item aggregate for one item and one answer value (0 = no opinion).</summary>
public sealed record ItemAnswerCounts(string Item, int Answer, long Responses, long Rated, long Satisfied, long OverallSum, long OverallSquareSum);

/// <summary>
/// How much one item goes with overall satisfaction. <see cref="Difference"/> is the % satisfied overall among
/// citizens positive on the item minus that among citizens negative on it, in percentage points;
/// <see cref="Correlation"/> is Pearson's r between the item (1-5) and the overall answer (1-5).
/// Figures are null when a group has fewer than 10 answers.
/// </summary>
public sealed record ItemDriver(
    string Item,
    long N,
    double? PositivePct,
    long PositiveN,
    double? SatisfiedWhenPositivePct,
    long NegativeN,
    double? SatisfiedWhenNegativePct,
    double? Difference,
    bool Significant,
    double? Correlation,
    bool Suppressed);

/// <summary>Turns item counts into drivers, the suppression rule first. Pure.</summary>
public static class ItemDriverBuilder
{
    public static IReadOnlyList<ItemDriver> Build(IEnumerable<ItemAnswerCounts> counts, Scale scale, IEnumerable<string> items)
    {
        var byItem = counts.ToLookup(c => c.Item);
        return [.. items.Select(item => Build(item, [.. byItem[item]], scale))
            .OrderBy(d => d.Difference is null)
            .ThenByDescending(d => d.Difference ?? 0)
            .ThenBy(d => d.Item, StringComparer.Ordinal)];
    }

    public static ItemDriver Build(string item, IReadOnlyList<ItemAnswerCounts> answers, Scale scale)
    {
        var opinions = answers.Where(a => a.Answer != scale.NoOpinionValue).ToList();
        var positive = Sum(opinions.Where(a => scale.IsPositive(a.Answer)));
        var negative = Sum(opinions.Where(a => scale.IsNegative(a.Answer)));
        var n = opinions.Sum(a => a.Responses);
        if (Suppression.IsSuppressed(n))
        {
            return new ItemDriver(item, n, null, positive.Rated, null, negative.Rated, null, null, false, null, true);
        }
        var positivePct = Percent(opinions.Where(a => scale.IsPositive(a.Answer)).Sum(a => a.Responses), n);
        double? whenPositive = Suppression.IsSuppressed(positive.Rated) ? null : Percent(positive.Satisfied, positive.Rated);
        double? whenNegative = Suppression.IsSuppressed(negative.Rated) ? null : Percent(negative.Satisfied, negative.Rated);
        double? difference = null;
        var significant = false;
        if (whenPositive is not null && whenNegative is not null)
        {
            var test = TwoProportionZTest.Compare(negative.Satisfied, negative.Rated, positive.Satisfied, positive.Rated);
            difference = Math.Round(test.Difference * 100, 1);
            significant = test.IsSignificant();
        }
        return new ItemDriver(item, n, positivePct, positive.Rated, whenPositive, negative.Rated, whenNegative, difference, significant,
            Correlation(opinions), false);
    }

    /// <summary>Pearson's r from sums: the aggregate keeps, per item answer x, the count, Σy and Σy² of the overall answers y.</summary>
    public static double? Correlation(IEnumerable<ItemAnswerCounts> opinions)
    {
        double n = 0, sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        foreach (var a in opinions)
        {
            n += a.Rated;
            sx += (double)a.Answer * a.Rated;
            sy += a.OverallSum;
            sxy += (double)a.Answer * a.OverallSum;
            sxx += (double)a.Answer * a.Answer * a.Rated;
            syy += a.OverallSquareSum;
        }
        var varianceX = n * sxx - sx * sx;
        var varianceY = n * syy - sy * sy;
        if (Suppression.IsSuppressed((long)n) || varianceX <= 0 || varianceY <= 0)
        {
            return null;
        }
        return Math.Round((n * sxy - sx * sy) / Math.Sqrt(varianceX * varianceY), 2);
    }

    private static (long Rated, long Satisfied) Sum(IEnumerable<ItemAnswerCounts> answers)
    {
        long rated = 0, satisfied = 0;
        foreach (var a in answers)
        {
            rated += a.Rated;
            satisfied += a.Satisfied;
        }
        return (rated, satisfied);
    }

    private static double Percent(long part, long whole) => Math.Round(100.0 * part / whole, 1);
}

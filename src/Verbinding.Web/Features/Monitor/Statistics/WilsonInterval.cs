namespace Verbinding.Web.Features.Monitor.Statistics;

/// <summary>A proportion with its confidence interval (fractions 0-1).</summary>
public sealed record ProportionEstimate(double Proportion, double Low, double High);

/// <summary>
/// The Wilson score interval: unlike the textbook (Wald) interval it stays inside 0-1 and behaves
/// well for small groups and proportions near 0 or 1, which a survey per basisteam has plenty of.
/// </summary>
public static class WilsonInterval
{
    public static ProportionEstimate Compute(long successes, long n, double z = NormalDistribution.Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, successes);
        if (n == 0)
        {
            return new ProportionEstimate(double.NaN, 0, 1);
        }
        double p = (double)successes / n, z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var margin = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // At 0 and n the exact bound is 0 or 1; rounding must not leave the proportion outside its own interval.
        var low = successes == 0 ? 0 : Math.Min(p, centre - margin);
        var high = successes == n ? 1 : Math.Max(p, centre + margin);
        return new ProportionEstimate(p, low, high);
    }
}

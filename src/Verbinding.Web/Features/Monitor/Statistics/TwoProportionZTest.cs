namespace Verbinding.Web.Features.Monitor.Statistics;

public sealed record ZTestResult(double Difference, double Z, double PValue)
{
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;
}

/// <summary>Two-sided two-proportion z-test with a pooled standard error: is the change between two groups more than chance?</summary>
public static class TwoProportionZTest
{
    public static ZTestResult Compare(long successes1, long n1, long successes2, long n2)
    {
        if (n1 == 0 || n2 == 0)
        {
            return new ZTestResult(0, 0, 1);
        }
        double p1 = (double)successes1 / n1, p2 = (double)successes2 / n2;
        var pooled = (double)(successes1 + successes2) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (standardError == 0)
        {
            // Everyone (or no one) satisfied in both groups: no evidence of a difference.
            return new ZTestResult(p2 - p1, 0, 1);
        }
        var z = (p2 - p1) / standardError;
        return new ZTestResult(p2 - p1, z, NormalDistribution.TwoSidedP(z));
    }
}

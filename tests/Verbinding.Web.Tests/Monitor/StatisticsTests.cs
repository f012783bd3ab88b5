using Verbinding.Web.Features.Monitor.Statistics;

namespace Verbinding.Web.Tests.Monitor;

// Reference values computed independently in python3 (math.erfc and the closed-form Wilson score formula).
public sealed class StatisticsTests
{
    [Theory]
    [InlineData(81, 100, 0.722212, 0.874852)]
    [InlineData(662, 1000, 0.632112, 0.690649)]
    [InlineData(5, 12, 0.193260, 0.680489)]
    [InlineData(0, 10, 0.0, 0.277533)]
    [InlineData(10, 10, 0.722467, 1.0)]
    public void Wilson_interval_matches_the_reference(long satisfied, long n, double low, double high)
    {
        var estimate = WilsonInterval.Compute(satisfied, n);
        Assert.Equal(low, estimate.Low, 0.000001);
        Assert.Equal(high, estimate.High, 0.000001);
        Assert.InRange(estimate.Proportion, estimate.Low, estimate.High);
    }

    [Fact]
    public void Everyone_satisfied_still_gets_an_interval_inside_zero_and_one()
    {
        var estimate = WilsonInterval.Compute(3, 3);
        Assert.True(estimate.Low > 0.3 && estimate.High <= 1.0);
    }

    [Theory]
    [InlineData(600, 1000, 660, 1000, 2.778850, 0.005455)]
    [InlineData(45, 100, 50, 100, 0.707992, 0.478950)]
    [InlineData(6620, 10000, 6350, 10000, -3.998813, 0.0000637)]
    public void Two_proportion_z_test_matches_the_reference(long s1, long n1, long s2, long n2, double z, double p)
    {
        var result = TwoProportionZTest.Compare(s1, n1, s2, n2);
        Assert.Equal(z, result.Z, 0.00001);
        Assert.Equal(p, result.PValue, 0.000001);
    }

    [Fact]
    public void A_six_point_rise_on_a_thousand_answers_is_significant_but_five_on_a_hundred_is_not()
    {
        Assert.True(TwoProportionZTest.Compare(600, 1000, 660, 1000).IsSignificant());
        Assert.False(TwoProportionZTest.Compare(45, 100, 50, 100).IsSignificant());
    }

    [Fact]
    public void Identical_unanimous_groups_show_no_change()
    {
        var result = TwoProportionZTest.Compare(20, 20, 30, 30);
        Assert.Equal(1.0, result.PValue);
        Assert.False(result.IsSignificant());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(250, false)]
    public void Groups_under_ten_answers_are_suppressed(long n, bool suppressed) =>
        Assert.Equal(suppressed, Suppression.IsSuppressed(n));
}

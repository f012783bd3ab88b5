using Verbinding.Web.Features.Monitor.Invitations;

namespace Verbinding.Web.Tests.Monitor;

public sealed class SurveySamplingTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    public void About_the_configured_share_of_contacts_is_sampled(double rate)
    {
        var sampled = Enumerable.Range(0, 10_000).Count(i => SurveySampling.Includes($"aangifte:{i}", rate));
        // Binomial with n = 10,000: 4 standard deviations is at most 200 contacts.
        Assert.InRange(sampled, rate * 10_000 - 200, rate * 10_000 + 200);
    }

    [Fact]
    public void Rate_one_takes_everyone_and_rate_zero_nobody()
    {
        Assert.All(Enumerable.Range(0, 100), i => Assert.True(SurveySampling.Includes($"chat:{i}", 1.0)));
        Assert.All(Enumerable.Range(0, 100), i => Assert.False(SurveySampling.Includes($"chat:{i}", 0.0)));
    }

    [Fact]
    public void A_higher_rate_keeps_every_contact_a_lower_rate_took()
    {
        var references = Enumerable.Range(0, 1000).Select(i => $"contact:{i}").ToList();
        var low = references.Where(r => SurveySampling.Includes(r, 0.2));
        Assert.All(low, r => Assert.True(SurveySampling.Includes(r, 0.6)));
    }
}

using Verbinding.Web.Features.TriagePolicies;
using static Verbinding.Web.Features.TriagePolicies.PolicyTimeline;

namespace Verbinding.Web.Tests.TriagePolicies;

public sealed class PolicyTimelineTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Entry[] Approved =
    [
        new(1, "national", Now.AddDays(-30)),
        new(2, "national", Now.AddDays(-1)),
        new(3, "national", Now.AddDays(2)),
        new(4, "zeeland-west-brabant", Now.AddDays(-30)),
    ];

    [Fact]
    public void Latest_started_version_per_scope_is_in_force_and_a_future_one_waits() =>
        Assert.Equal(new Dictionary<string, int> { ["national"] = 2, ["zeeland-west-brabant"] = 4 }, InForce(Approved, Now));

    [Fact]
    public void Scheduled_version_takes_over_exactly_at_its_time()
    {
        Assert.Equal(Now.AddDays(2), NextChange(Approved, Now));
        Assert.Equal(3, InForce(Approved, Now.AddDays(2))["national"]);
        Assert.Null(NextChange(Approved, Now.AddDays(2)));
    }

    [Fact]
    public void Shown_status_follows_the_clock()
    {
        var inForce = InForce(Approved, Now);
        PolicyVersion Version(int id) => new()
        {
            Id = id, Scope = "national", Label = $"v{id}", Document = "{}", Status = PolicyStatus.Approved, ChangeNote = "",
            AuthorId = "a", AuthorName = "a", EffectiveFrom = Approved[id - 1].EffectiveFrom,
        };

        Assert.Equal([PolicyStatus.Superseded, PolicyStatus.Effective, PolicyStatus.Scheduled],
            new[] { 1, 2, 3 }.Select(id => Shown(Version(id), inForce, Now)));
    }
}

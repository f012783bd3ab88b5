using Verbinding.Web.Features.ServiceLevels;

namespace Verbinding.Web.Tests.ServiceLevels;

public sealed class ServiceLevelStatisticsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Queued = Now.AddHours(-1);

    private static QueuedContact Answered(int seconds, string channel = "web", string? by = "Agent A") =>
        new(Guid.NewGuid(), "midden-nederland", channel, Queued, Queued.AddSeconds(seconds), Queued.AddMinutes(30), by);

    private static QueuedContact Unanswered(int seconds) =>
        new(Guid.NewGuid(), "midden-nederland", "web", Queued, null, Queued.AddSeconds(seconds), null);

    [Fact]
    public void Percent_within_target_leaves_out_citizens_who_left_before_the_target()
    {
        QueuedContact[] contacts =
        [
            Answered(30), Answered(50), Answered(90), Unanswered(20), Unanswered(120),
            new(Guid.NewGuid(), "midden-nederland", "web", Now.AddSeconds(-200), null, null, null), // still waiting
        ];

        var row = Assert.Single(ServiceLevelStatistics.Compute(contacts, Now).Rows);

        Assert.Equal((6, 3, 1), (row.Contacts, row.Answered, row.Abandoned));
        Assert.Equal(40.0, row.WithinTargetPercent); // 2 of the 5 who stayed past the target or were answered
        Assert.Equal(TimeSpan.FromSeconds(50), row.MedianWait); // waits 20 30 50 90 120 200: rank 3 of 6
        Assert.Equal(TimeSpan.FromSeconds(200), row.P90Wait); // rank 6 of 6
    }

    [Fact]
    public void Breaches_are_every_wait_past_the_target_longest_first_with_who_claimed()
    {
        var late = Answered(90, by: "Bram");
        QueuedContact[] contacts = [Answered(30), late, Unanswered(20), Unanswered(120)];

        var breaches = ServiceLevelStatistics.Compute(contacts, Now).Breaches;

        Assert.Equal([TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(90)], breaches.Select(b => b.Waited));
        Assert.False(breaches[0].Answered);
        Assert.Equal(("Bram", ServiceLevelStatistics.ReferenceOf(late.Id)), (breaches[1].ClaimedBy, breaches[1].Reference));
    }

    [Fact]
    public void Messaging_has_an_hour_so_a_reply_after_ten_minutes_is_within_target()
    {
        var result = ServiceLevelStatistics.Compute([Answered(600, channel: "whatsapp")], Now);

        Assert.Equal(100.0, Assert.Single(result.Rows).WithinTargetPercent);
        Assert.Empty(result.Breaches);
    }
}

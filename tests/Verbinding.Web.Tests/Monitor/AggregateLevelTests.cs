using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Reports;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

public sealed class AggregateLevelTests
{
    private static ReportQuery Query(GroupBy groupBy, string? channel = null, string? topic = null) => new(groupBy, 202601, 202612, Channel: channel, Topic: topic);

    [Fact]
    public void Usual_dashboard_groupings_read_the_small_unit_table()
    {
        foreach (var groupBy in new[] { GroupBy.Eenheid, GroupBy.Channel, GroupBy.ContactType, GroupBy.Month, GroupBy.Wout })
        {
            Assert.Same(AggregateLevels.Unit, AggregateLevels.Coarsest(AggregateQuery.Needs(Query(groupBy, channel: "chat"), groupBy)));
        }
    }

    [Fact]
    public void Basisteam_reads_the_team_table_and_topic_the_topic_table()
    {
        Assert.Same(AggregateLevels.Team, AggregateLevels.Coarsest(AggregateQuery.Needs(Query(GroupBy.Basisteam), GroupBy.Basisteam)));
        Assert.Same(AggregateLevels.Topic, AggregateLevels.Coarsest(AggregateQuery.Needs(Query(GroupBy.Topic), GroupBy.Topic)));
    }

    [Fact]
    public void Topic_per_channel_needs_the_full_table()
    {
        Assert.Same(AggregateLevels.Full, AggregateLevels.Coarsest(AggregateQuery.Needs(Query(GroupBy.Topic, channel: "chat"), GroupBy.Topic)));
    }

    [Fact]
    public async Task Every_level_and_the_items_count_the_same_responses()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await app.AddResponsesAsync(MonitorData.Contact("rotterdam", "chat", "melding-overlast"), MonitorData.Answers(12, 3));
        await app.AddResponsesAsync(MonitorData.Contact("rotterdam", "internet", "melding-overlast"), MonitorData.Answers(5, 5));
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(25, await db.Set<SatisfactionAggregate>().SumAsync(a => a.Responses));
            Assert.Equal(25, await db.Set<TeamSatisfactionAggregate>().SumAsync(a => a.Responses));
            Assert.Equal(2, await db.Set<UnitSatisfactionAggregate>().CountAsync());
            var topic = await db.Set<TopicSatisfactionAggregate>().SingleAsync();
            Assert.Equal((25L, 17L), (topic.Responses, topic.Satisfied));
            var treatment = await db.Set<ItemAggregate>().Where(i => i.Item == "treatment").ToListAsync();
            Assert.Equal(25, treatment.Sum(i => i.Responses));
            Assert.Equal(17, treatment.Where(i => i.Answer == 4).Sum(i => i.Satisfied));
            return true;
        });
    }
}

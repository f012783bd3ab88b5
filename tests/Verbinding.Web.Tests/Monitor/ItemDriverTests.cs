using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Features.Monitor.Reports;

namespace Verbinding.Web.Tests.Monitor;

public sealed class ItemDriverTests
{
    private static readonly Scale Satisfaction = QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath).Scales.Single(s => s.Id == "tevredenheid-5");

    private static ItemAnswerCounts Answer(string item, int answer, long rated, long satisfied) => new(item, answer, rated, rated, satisfied, 0, 0);

    [Fact]
    public void Driver_is_the_gap_in_satisfaction_between_positive_and_negative_answers()
    {
        // Positive (4-5): 42 of 50 satisfied = 84%; negative (1-2): 3 of 20 = 15%; neutral answers count in n only.
        var driver = ItemDriverBuilder.Build("treatment",
            [Answer("treatment", 5, 20, 18), Answer("treatment", 4, 30, 24), Answer("treatment", 3, 10, 4), Answer("treatment", 2, 15, 3), Answer("treatment", 1, 5, 0)],
            Satisfaction);
        Assert.Equal((80L, 62.5, 84.0, 15.0, 69.0), (driver.N, driver.PositivePct!.Value, driver.SatisfiedWhenPositivePct!.Value, driver.SatisfiedWhenNegativePct!.Value, driver.Difference!.Value));
        Assert.True(driver.Significant);
    }

    [Fact]
    public void Fewer_than_ten_negative_answers_give_no_difference()
    {
        var driver = ItemDriverBuilder.Build("waiting-time", [Answer("waiting-time", 4, 40, 30), Answer("waiting-time", 2, 9, 1)], Satisfaction);
        Assert.Equal(75.0, driver.SatisfiedWhenPositivePct);
        Assert.Null(driver.SatisfiedWhenNegativePct);
        Assert.Null(driver.Difference);
        Assert.False(driver.Suppressed);
    }

    [Fact]
    public void Item_with_fewer_than_ten_opinions_is_suppressed_and_listed_last()
    {
        var drivers = ItemDriverBuilder.Build(
            [Answer("informed", 4, 5, 5), Answer("informed", 0, 30, 20), Answer("expertise", 5, 20, 20), Answer("expertise", 1, 20, 2)],
            Satisfaction, ["informed", "expertise"]);
        Assert.Equal(["expertise", "informed"], drivers.Select(d => d.Item));
        Assert.True(drivers[1].Suppressed);
        Assert.Null(drivers[1].PositivePct);
    }

    [Fact]
    public void Correlation_is_one_when_the_overall_answer_follows_the_item()
    {
        // Ten people answered 1 on the item and 1 overall, ten answered 5 and 5: r = 1.
        ItemAnswerCounts[] answers = [new("treatment", 1, 10, 10, 0, 10, 10), new("treatment", 5, 10, 10, 10, 50, 250)];
        Assert.Equal(1.0, ItemDriverBuilder.Correlation(answers));
        ItemAnswerCounts[] unrelated = [new("treatment", 1, 10, 10, 5, 30, 100), new("treatment", 5, 10, 10, 5, 30, 100)];
        Assert.Equal(0.0, ItemDriverBuilder.Correlation(unrelated));
    }
}

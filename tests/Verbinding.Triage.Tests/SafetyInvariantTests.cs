using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Loading;
using Verbinding.Triage.Policy;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

/// <summary>"Happening now" or "danger" puts 112 first, whatever any rule or regional override says.</summary>
public sealed class SafetyInvariantTests
{
    /// <summary>A unit override that tries everything the validator forbids; only reachable without validation.</summary>
    private static readonly UnitOverride Hostile = new()
    {
        Eenheid = "rotterdam",
        Version = "hostile",
        BasedOn = "other",
        RemoveRules = ["safety-urgent", "safety-topic-112", "missing-person"],
        AddRules =
        [
            new TriageRule
            {
                Id = "hostile-first", Priority = -100, Topics = ["*"],
                Offer = [new OfferedOption(Policy.Interventions.AangifteOnline, null, "/elsewhere", "online.ok")],
                Exclude = [Policy.Interventions.Spoed112],
            },
        ],
    };

    private static readonly TriageEngine HostileEngine =
        new(TriagePolicySet.CreateUnvalidated(National, [Zwb, Hostile], Partners));

    public static TheoryData<string> Units => new() { "national", "zeeland-west-brabant", "midden-nederland", "rotterdam" };

    [Theory]
    [MemberData(nameof(Units))]
    public void Happening_now_puts_112_first_for_every_topic_and_answer_combination(string eenheid)
    {
        var checkedSituations = 0;
        foreach (var engine in new[] { Engine, HostileEngine })
        {
            foreach (var situation in Situations(eenheid))
            {
                if (!situation.IsUrgent)
                {
                    continue;
                }
                var first = engine.Evaluate(situation).Options[0];
                Assert.True(first.Intervention == Policy.Interventions.Spoed112, $"{situation} -> {first.Intervention}");
                Assert.Equal("tel:112", first.Href);
                checkedSituations++;
            }
        }
        Assert.True(checkedSituations > 50_000, $"only {checkedSituations} urgent situations checked");
    }

    [Fact]
    public void Danger_alone_puts_112_first_even_for_a_partner_topic()
    {
        var result = Evaluate("juridisch-loket", new TriageAnswers { Danger = true });

        Assert.Equal(["spoed-112", "doorverwijzen"], result.Interventions());
    }

    [Fact]
    public void Not_urgent_gives_no_112_for_a_bicycle_theft() =>
        Assert.DoesNotContain("spoed-112", Evaluate("aangifte-fietsendiefstal", new TriageAnswers { HappeningNow = false }).Interventions());

    [Fact]
    public void The_112_option_appears_only_once()
    {
        var result = Evaluate("vermissing", new TriageAnswers { Danger = true });

        Assert.Single(result.Options, o => o.Intervention == "spoed-112");
        Assert.Equal("spoed-112", result.Options[0].Intervention);
    }

    [Fact]
    public void The_112_topic_itself_always_starts_with_112() =>
        Assert.Equal("spoed-112", Evaluate("spoed-112").Options[0].Intervention);

    [Fact]
    public void Without_any_safety_rule_in_the_data_the_engine_still_sends_people_to_112()
    {
        var broken = National with { Rules = National.Rules.Where(r => !r.Safety).ToList() };
        var engine = new TriageEngine(TriagePolicySet.CreateUnvalidated(broken, [], Partners));

        var result = engine.Evaluate(new TriageSituation("aangifte-diefstal", new TriageAnswers { HappeningNow = true }, Noon));

        Assert.Equal("tel:112", result.Options[0].Href);
    }

    /// <summary>Every topic x every yes/no combination of the urgent and blocking answers x channel x time of day.</summary>
    private static IEnumerable<TriageSituation> Situations(string? eenheid)
    {
        var names = AnswerNames.YesNo;
        foreach (var topic in National.Topics.Select(t => t.Id))
        {
            for (var mask = 0; mask < 1 << names.Count; mask++)
            {
                // Keep the loop fast: every combination of the other answers, with at least one urgent answer set or not.
                var values = names.Select((n, i) => (n, (bool?)((mask >> i & 1) == 1))).ToDictionary(x => x.n, x => x.Item2);
                var answers = TriageAnswers.From(values, age: mask % 3 == 0 ? 10 : 40);
                var channel = mask % 2 == 0 ? Channels.Web : Channels.Webchat;
                var time = mask % 5 == 0 ? new TimeOnly(3, 0) : Noon;
                yield return new TriageSituation(topic, answers, time, channel, eenheid);
            }
        }
    }
}

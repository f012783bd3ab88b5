using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

public sealed class UnitOverrideTests
{
    private static readonly TriageAnswers Vulnerable = new() { Vulnerable = true };

    [Fact]
    public void Zeeland_West_Brabant_offers_aangifte_at_home_to_people_who_need_extra_help()
    {
        var result = Evaluate("aangifte-diefstal", Vulnerable, "zeeland-west-brabant");

        Assert.Equal("aangifte-thuis", result.Options[0].Intervention);
        Assert.Equal("/afspraak?soort=thuis", result.Options[0].Href);
    }

    [Theory]
    [InlineData("midden-nederland")]
    [InlineData("amsterdam")]
    [InlineData(null)]
    public void Other_units_do_not_offer_aangifte_at_home(string? eenheid) =>
        Assert.DoesNotContain("aangifte-thuis", Evaluate("aangifte-diefstal", Vulnerable, eenheid).Interventions());

    [Fact]
    public void Aangifte_at_home_is_only_for_people_who_need_extra_help() =>
        Assert.DoesNotContain("aangifte-thuis", Evaluate("aangifte-diefstal", new TriageAnswers { Vulnerable = false }, "zeeland-west-brabant").Interventions());

    [Fact]
    public void Answer_records_the_national_and_unit_policy_version()
    {
        Assert.Equal("2026-12-01", Evaluate("aangifte-diefstal").PolicyVersion);
        Assert.Equal("2026-12-01+zeeland-west-brabant.2026-12-01", Evaluate("aangifte-diefstal", eenheid: "zeeland-west-brabant").PolicyVersion);
    }

    [Fact]
    public void Unit_may_shorten_the_messaging_first_response()
    {
        ServiceDuration FirstResponse(string? eenheid) =>
            ServiceDuration.Parse(Set.For(eenheid).ServiceLevels.Single(l => l.Channel == Channels.Messaging).FirstResponse);

        Assert.Equal(new ServiceDuration(1, DurationUnit.Hours), FirstResponse(null));
        Assert.Equal(new ServiceDuration(30, DurationUnit.Minutes), FirstResponse("zeeland-west-brabant"));
    }

    [Fact]
    public void Unit_keeps_the_national_resolution_time_it_did_not_override() =>
        Assert.Equal("5wd", Set.For("zeeland-west-brabant").ServiceLevels.Single(l => l.Channel == Channels.Messaging).Resolution);

    [Fact]
    public void National_default_service_levels_match_the_issue()
    {
        var levels = Set.NationalOnly.ServiceLevels.ToDictionary(l => l.Channel, l => l.FirstResponse);

        Assert.Equal("60s", levels[Channels.Webchat]);
        Assert.Equal("1h", levels[Channels.Messaging]);
        Assert.Equal("1wd", levels[Channels.Email]);
    }

    [Fact]
    public void Unit_that_removes_an_allowed_rule_no_longer_offers_it()
    {
        var unit = new UnitOverride { Eenheid = "limburg", Version = "1", BasedOn = National.Version, RemoveRules = ["neighbours-wijkagent"] };
        var engine = new TriageEngine(TriagePolicySet.Create(National, [unit], Partners));

        var result = engine.Evaluate(new TriageSituation("buurtbemiddeling", TriageAnswers.None, Noon, Eenheid: "limburg"));

        Assert.Equal(["bemiddeling"], result.Interventions());
    }
}

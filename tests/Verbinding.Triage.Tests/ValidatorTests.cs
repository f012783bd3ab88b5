using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Triage.Validation;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

public sealed class ValidatorTests
{
    private static readonly IReadOnlySet<string> PartnerIds = Partners.Select(p => p.Id).ToHashSet();

    private static UnitOverride Unit => new() { Eenheid = "limburg", Version = "1", BasedOn = National.Version };

    private static IReadOnlyList<string> Check(UnitOverride unit) => UnitOverrideValidator.Validate(National, unit, PartnerIds);

    private static IReadOnlyList<string> Check(NationalPolicy national) => NationalPolicyValidator.Validate(national, PartnerIds);

    private static TriageRule ExtraRule(string intervention = "aangifte-thuis", int priority = 15) => new()
    {
        Id = "extra", Priority = priority, Topics = ["@aangifte"],
        Offer = [new OfferedOption(intervention, null, "/x", "online.ok")],
    };

    [Fact]
    public void Shipped_policy_and_overrides_are_valid()
    {
        Assert.Empty(Check(National));
        Assert.Empty(UnitOverrideValidator.Validate(National, Zwb, PartnerIds));
    }

    [Fact]
    public void Override_that_removes_the_112_rule_is_rejected() =>
        Assert.Contains("may not remove safety rule 'safety-urgent'", string.Join('\n', Check(Unit with { RemoveRules = ["safety-urgent"] })));

    [Fact]
    public void Override_that_lengthens_the_web_chat_first_response_is_rejected() =>
        Assert.Contains("longer than the national maximum 60s",
            string.Join('\n', Check(Unit with { ServiceLevels = [new ServiceLevel(Channels.Webchat, "*", "2m", null)] })));

    [Fact]
    public void Override_that_lengthens_an_email_resolution_is_rejected() =>
        Assert.Contains("resolution 10wd is longer",
            string.Join('\n', Check(Unit with { ServiceLevels = [new ServiceLevel(Channels.Email, "*", "1wd", "10wd")] })));

    [Fact]
    public void Override_that_shortens_a_response_time_is_accepted() =>
        Assert.Empty(Check(Unit with { ServiceLevels = [new ServiceLevel(Channels.Webchat, "*", "30s", null)] }));

    [Fact]
    public void Working_days_and_hours_cannot_be_compared() =>
        Assert.Contains("cannot be compared",
            string.Join('\n', Check(Unit with { ServiceLevels = [new ServiceLevel(Channels.Email, "*", "8h", null)] })));

    [Fact]
    public void Override_that_excludes_112_is_rejected()
    {
        var rule = ExtraRule() with { Exclude = ["spoed-112"] };

        var errors = string.Join('\n', Check(Unit with { AddRules = [rule] }));

        Assert.Contains("may not exclude spoed-112", errors);
        Assert.Contains("not rule out interventions", errors);
    }

    [Fact]
    public void Override_may_not_jump_ahead_of_the_safety_rules() =>
        Assert.Contains("below the minimum for units", string.Join('\n', Check(Unit with { AddRules = [ExtraRule(priority: 0)] })));

    [Fact]
    public void Override_may_not_offer_what_the_bounds_do_not_allow() =>
        Assert.Contains("units may not offer 'aangifte-online'", string.Join('\n', Check(Unit with { AddRules = [ExtraRule("aangifte-online")] })));

    [Fact]
    public void Override_may_not_remove_a_rule_the_bounds_do_not_list() =>
        Assert.Contains("does not let units remove rule 'insurance'", string.Join('\n', Check(Unit with { RemoveRules = ["insurance"] })));

    [Fact]
    public void Override_written_for_an_older_national_version_is_rejected() =>
        Assert.Contains("review it against the new version", string.Join('\n', Check(Unit with { BasedOn = "2020-01-01" })));

    [Fact]
    public void Override_for_an_unknown_eenheid_is_rejected() =>
        Assert.Contains("unknown eenheid", string.Join('\n', UnitOverrideValidator.Validate(National, Unit with { Eenheid = "atlantis" }, PartnerIds, ["limburg"])));

    [Fact]
    public void Override_with_an_unknown_partner_is_rejected()
    {
        var rule = ExtraRule("doorverwijzen") with { Offer = [new OfferedOption("doorverwijzen", "nep-partner", null, "online.ok")] };

        Assert.Contains("'nep-partner' is not in the partner directory", string.Join('\n', Check(Unit with { AddRules = [rule] })));
    }

    [Fact]
    public void National_policy_without_the_112_safety_rule_is_rejected() =>
        Assert.Contains("needs a safety rule", string.Join('\n', Check(National with { Rules = National.Rules.Where(r => r.Id != "safety-urgent").ToList() })));

    [Fact]
    public void National_rule_ahead_of_the_safety_rule_is_rejected()
    {
        var rules = National.Rules.Select(r => r.Id == "insurance" ? r with { Priority = -1 } : r).ToList();

        Assert.Contains("only safety rules may come at or before", string.Join('\n', Check(National with { Rules = rules })));
    }

    [Fact]
    public void Rule_with_a_missing_explanation_or_unknown_answer_is_rejected()
    {
        var bad = new TriageRule
        {
            Id = "bad", Priority = 50, Topics = ["aangifte-diefstal"],
            When = new RuleCondition { Answers = new Dictionary<string, bool> { ["shoeSize"] = true } },
            Offer = [new OfferedOption("melding", null, null, "no-such-text")],
        };

        var errors = string.Join('\n', Check(National with { Rules = [.. National.Rules, bad] }));

        Assert.Contains("unknown answer 'shoeSize'", errors);
        Assert.Contains("no explanation text 'no-such-text'", errors);
    }

    [Fact]
    public void Loading_an_invalid_set_lists_every_error()
    {
        var units = new[] { Unit with { RemoveRules = ["safety-urgent"], ServiceLevels = [new ServiceLevel(Channels.Webchat, "*", "5m", null)] } };

        var error = Assert.Throws<TriagePolicyException>(() => TriagePolicySet.Create(National, units, Partners));

        Assert.Equal(2, error.Errors.Count);
    }
}

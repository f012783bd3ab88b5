using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

public sealed class RoutingTests
{
    [Fact]
    public void Neighbour_dispute_goes_to_Buurtbemiddeling_first()
    {
        var first = Evaluate("buurtbemiddeling").Options[0];

        Assert.Equal(("bemiddeling", "buurtbemiddeling"), (first.Intervention, first.Partner));
        Assert.Equal("https://www.problemenmetjeburen.nl", first.Href);
    }

    [Fact]
    public void Sexual_violence_offers_a_warm_handover_with_consent_link()
    {
        var first = Evaluate("centrum-seksueel-geweld").Options[0];

        Assert.Equal(("warme-overdracht", "centrum-seksueel-geweld"), (first.Intervention, first.Partner));
        Assert.Equal("/hulp/overdracht?partner=centrum-seksueel-geweld", first.Href);
    }

    [Fact]
    public void Nuisance_is_a_melding_not_an_aangifte()
    {
        var interventions = Evaluate("melding-overlast").Interventions();

        Assert.Equal("melding", interventions[0]);
        Assert.DoesNotContain(interventions, i => i.StartsWith("aangifte", StringComparison.Ordinal));
    }

    [Fact]
    public void A_greeting_falls_back_to_help_and_a_colleague() =>
        Assert.Equal(["informatie", "gesprek-medewerker"], Evaluate("begroeting").Interventions());

    [Fact]
    public void Phone_call_back_explanation_depends_on_the_time_of_day()
    {
        string Phone(TimeOnly at) => Evaluate("aangifte-fietsendiefstal", time: at).Options.Single(o => o.Intervention == "aangifte-telefonisch").Explanation.Nl;

        Assert.Contains("een collega belt u tussen", Phone(new TimeOnly(9, 0)));
        Assert.Contains("buiten de beltijden", Phone(new TimeOnly(23, 30)));
    }

    [Fact]
    public void Chat_colleague_is_offered_on_the_web_but_not_at_the_bureau()
    {
        Assert.Contains("gesprek-medewerker", Evaluate("aangifte-diefstal", channel: Channels.Webchat).Interventions());
        Assert.DoesNotContain("gesprek-medewerker", Evaluate("aangifte-diefstal", channel: Channels.Bureau).Interventions());
    }

    [Fact]
    public void Every_topic_and_answer_combination_gives_options_with_a_link_and_both_languages()
    {
        foreach (var topic in National.Topics)
        {
            foreach (var mask in Enumerable.Range(0, 1 << AnswerNames.YesNo.Count).Where(m => m % 7 == 0))
            {
                var answers = TriageAnswers.From(AnswerNames.YesNo.Select((n, i) => (n, (bool?)((mask >> i & 1) == 1))).ToDictionary(x => x.n, x => x.Item2));
                var result = Evaluate(topic.Id, answers);

                Assert.NotEmpty(result.Options);
                Assert.All(result.Options, o =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(o.Href), $"{topic.Id}: {o.Intervention} has no link");
                    Assert.DoesNotContain("{", o.Href, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(o.Explanation.Nl) || string.IsNullOrWhiteSpace(o.Explanation.En));
                });
                Assert.Equal(result.Options.Count, result.Options.DistinctBy(o => (o.Intervention, o.Partner)).Count());
            }
        }
    }

    [Fact]
    public void Same_situation_gives_the_same_options_in_the_same_order()
    {
        var answers = new TriageAnswers { Violence = true, Vulnerable = true, IdDocumentStolen = true };

        var first = Evaluate("aangifte-diefstal", answers, "zeeland-west-brabant");
        var second = Evaluate("aangifte-diefstal", answers, "zeeland-west-brabant");

        Assert.Equal(first.Options, second.Options);
        Assert.Equal(first.PolicyVersion, second.PolicyVersion);
    }

    [Fact]
    public void Unknown_topic_is_refused() =>
        Assert.Throws<ArgumentException>(() => Evaluate("onbekend"));

    [Fact]
    public void Every_public_topic_asks_the_happening_now_or_danger_question_first_when_it_asks_anything()
    {
        foreach (var topic in National.Topics.Where(t => t.Public && t.Questions.Count > 0 && t.Id != "aangifte-internetoplichting" && t.Id != "aangifte-identiteitsfraude"))
        {
            Assert.Contains(topic.Questions[0], AnswerNames.Urgent);
        }
    }
}

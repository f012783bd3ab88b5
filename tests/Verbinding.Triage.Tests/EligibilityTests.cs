using Verbinding.Triage.Evaluation;
using static Verbinding.Triage.Tests.ShippedPolicy;

namespace Verbinding.Triage.Tests;

/// <summary>Online aangifte only where the (data) criteria allow it; otherwise the right route with the reason.</summary>
public sealed class EligibilityTests
{
    [Fact]
    public void Stolen_bicycle_without_complications_is_reported_online_first()
    {
        var first = Evaluate("aangifte-fietsendiefstal", new TriageAnswers { HappeningNow = false, SuspectKnown = false }).Options[0];

        Assert.Equal("aangifte-online", first.Intervention);
        Assert.Equal("/aangifte/nieuw?type=fietsendiefstal", first.Href);
    }

    [Fact]
    public void Known_suspect_leads_to_an_appointment_with_the_reason()
    {
        var result = Evaluate("aangifte-diefstal", new TriageAnswers { SuspectKnown = true });

        Assert.DoesNotContain("aangifte-online", result.Interventions());
        var first = result.Options[0];
        Assert.Equal("aangifte-afspraak", first.Intervention);
        Assert.StartsWith("Omdat u weet wie het heeft gedaan", first.Explanation.Nl);
        Assert.StartsWith("Because you know who did it", first.Explanation.En);
    }

    [Fact]
    public void Violence_leads_to_an_appointment_and_Slachtofferhulp()
    {
        var result = Evaluate("aangifte-zakkenrollerij", new TriageAnswers { Violence = true });

        Assert.DoesNotContain("aangifte-online", result.Interventions());
        Assert.Equal("aangifte-afspraak", result.Options[0].Intervention);
        Assert.Contains(result.Options, o => o is { Intervention: "warme-overdracht", Partner: "slachtofferhulp" });
    }

    [Fact]
    public void Break_in_at_home_is_never_online_whatever_the_answers()
    {
        foreach (var mask in Enumerable.Range(0, 1 << AnswerNames.YesNo.Count))
        {
            var answers = TriageAnswers.From(AnswerNames.YesNo.Select((n, i) => (n, (bool?)((mask >> i & 1) == 1))).ToDictionary(x => x.n, x => x.Item2), 30);

            Assert.DoesNotContain("aangifte-online", Evaluate("aangifte-inbraak", answers).Interventions());
        }
    }

    [Fact]
    public void Break_in_offers_a_phone_call_back_and_victim_support()
    {
        var result = Evaluate("aangifte-inbraak");

        Assert.Equal("aangifte-telefonisch", result.Options[0].Intervention);
        Assert.Contains(result.Options, o => o.Partner == "slachtofferhulp");
    }

    [Fact]
    public void Identity_fraud_refers_to_the_identity_fraud_reporting_point()
    {
        var first = Evaluate("aangifte-identiteitsfraude").Options[0];

        Assert.Equal(("doorverwijzen", "identiteitsfraude"), (first.Intervention, first.Partner));
        Assert.Equal("https://www.rvig.nl/identiteitsfraude", first.Href);
    }

    [Fact]
    public void Under_13_a_parent_reports_at_the_bureau()
    {
        var result = Evaluate("aangifte-fietsendiefstal", new TriageAnswers { Age = 12 });

        Assert.DoesNotContain("aangifte-online", result.Interventions());
        Assert.Contains("ouder of verzorger", result.Options[0].Explanation.Nl);
    }

    [Fact]
    public void At_13_a_child_may_report_online() =>
        Assert.Equal("aangifte-online", Evaluate("aangifte-fietsendiefstal", new TriageAnswers { Age = 13 }).Options[0].Intervention);

    [Theory]
    [InlineData(nameof(TriageAnswers.InHome))]
    [InlineData(nameof(TriageAnswers.TracesOrCamera))]
    [InlineData(nameof(TriageAnswers.IdDocumentStolen))]
    [InlineData(nameof(TriageAnswers.PoliceAttended))]
    [InlineData(nameof(TriageAnswers.SuspectKnown))]
    [InlineData(nameof(TriageAnswers.Violence))]
    public void Each_blocking_answer_rules_out_online_theft_reports(string answer)
    {
        var answers = TriageAnswers.From(new Dictionary<string, bool?> { [char.ToLowerInvariant(answer[0]) + answer[1..]] = true });

        Assert.DoesNotContain("aangifte-online", Evaluate("aangifte-diefstal", answers).Interventions());
    }

    [Fact]
    public void Police_already_attended_gives_a_phone_appointment_first() =>
        Assert.Equal("aangifte-telefonisch", Evaluate("aangifte-vernieling", new TriageAnswers { PoliceAttended = true }).Options[0].Intervention);

    [Fact]
    public void Stolen_passport_also_sends_you_to_the_municipality()
    {
        var result = Evaluate("aangifte-zakkenrollerij", new TriageAnswers { IdDocumentStolen = true });

        Assert.Equal("aangifte-afspraak", result.Options[0].Intervention);
        Assert.Contains(result.Options, o => o.Partner == "gemeente");
    }

    [Fact]
    public void Seller_who_still_responds_goes_to_the_Juridisch_Loket_with_the_option_to_report_anyway()
    {
        var result = Evaluate("aangifte-internetoplichting", new TriageAnswers { SellerResponds = true });

        Assert.Equal(("doorverwijzen", "juridisch-loket"), (result.Options[0].Intervention, result.Options[0].Partner));
        var online = Assert.Single(result.Options, o => o.Intervention == "aangifte-online");
        Assert.Contains("toch", online.Explanation.Nl);
        Assert.Equal("/aangifte/nieuw?type=internetoplichting", online.Href);
    }

    [Fact]
    public void Seller_responds_and_known_suspect_is_not_online() =>
        Assert.DoesNotContain("aangifte-online",
            Evaluate("aangifte-internetoplichting", new TriageAnswers { SellerResponds = true, SuspectKnown = true }).Interventions());

    [Fact]
    public void Not_knowing_an_answer_never_blocks_online()
    {
        var unknown = TriageAnswers.From(AnswerNames.YesNo.ToDictionary(n => n, _ => (bool?)null));

        Assert.Equal("aangifte-online", Evaluate("aangifte-diefstal", unknown).Options[0].Intervention);
    }

    [Fact]
    public void Cybercrime_can_be_reported_online_with_fraud_advice() =>
        Assert.Equal(["aangifte-online", "aangifte-telefonisch", "doorverwijzen", "gesprek-medewerker"],
            Evaluate("aangifte-cybercrime").Interventions());

    [Fact]
    public void Assault_is_never_online_and_mentions_the_compensation_fund()
    {
        var result = Evaluate("aangifte-mishandeling");

        Assert.DoesNotContain("aangifte-online", result.Interventions());
        Assert.Contains(result.Options, o => o.Partner == "schadefonds");
    }

    [Fact]
    public void Property_crimes_mention_proof_for_the_insurer() =>
        Assert.Contains("verzekering", Evaluate("aangifte-vernieling").Interventions());
}

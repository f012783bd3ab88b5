using Microsoft.Extensions.DependencyInjection;
using Verbinding.Triage.Evaluation;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Eligibility comes from the triage engine on each type's topic; these pin the outcomes citizens see.</summary>
public sealed class EligibilityTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly AangifteEligibility _eligibility = fixture.App.Services.GetRequiredService<AangifteEligibility>();
    private readonly AangifteTypeCatalog _types = fixture.App.Services.GetRequiredService<AangifteTypeCatalog>();

    private EligibilityOutcome Check(string type, TriageAnswers answers, bool parentInformed = false) =>
        _eligibility.Evaluate(_types.Find(type)!, answers, parentInformed);

    [Fact]
    public void Stolen_bike_with_nothing_special_goes_online() =>
        Assert.Equal(EligibilityVerdict.Online, Check("fietsendiefstal", new TriageAnswers { SuspectKnown = false, Violence = false, Age = 30 }).Verdict);

    [Fact]
    public void Known_suspect_is_offered_an_appointment_not_online()
    {
        var outcome = Check("fietsendiefstal", new TriageAnswers { SuspectKnown = true });

        Assert.Equal(EligibilityVerdict.Elsewhere, outcome.Verdict);
        Assert.Equal("aangifte-afspraak", outcome.Triage.Options[0].Intervention);
        Assert.DoesNotContain(outcome.Triage.Options, o => o.Intervention == "aangifte-online");
    }

    [Fact]
    public void Theft_happening_now_sends_to_112_first()
    {
        var outcome = Check("diefstal", new TriageAnswers { HappeningNow = true });

        Assert.True(outcome.IsUrgent);
        Assert.Equal("spoed-112", outcome.Triage.Options[0].Intervention);
    }

    [Theory]
    [InlineData("inbraak")]
    [InlineData("mishandeling")]
    [InlineData("bedreiging")]
    [InlineData("identiteitsfraude")]
    public void Offences_that_are_never_online_get_an_alternative(string type)
    {
        var outcome = Check(type, TriageAnswers.None);

        Assert.Equal(EligibilityVerdict.Elsewhere, outcome.Verdict);
        Assert.NotEmpty(outcome.Triage.Options);
    }

    [Fact]
    public void Seller_still_responding_gets_Juridisch_Loket_first_but_may_report_anyway()
    {
        var outcome = Check("internetoplichting", new TriageAnswers { SellerResponds = true });

        Assert.Equal(EligibilityVerdict.OnlineAfterAdvice, outcome.Verdict);
        Assert.Equal("juridisch-loket", outcome.Triage.Options[0].Partner);
    }

    [Fact]
    public void Under_13_a_parent_reports()
    {
        var outcome = Check("fietsendiefstal", new TriageAnswers { Age = 12 });

        Assert.Equal(EligibilityVerdict.Elsewhere, outcome.Verdict);
        Assert.Equal("aangifte-afspraak", outcome.Triage.Options[0].Intervention);
    }

    [Fact]
    public void Fourteen_year_old_needs_a_parent_to_know_first()
    {
        Assert.Equal(EligibilityVerdict.NeedsParent, Check("fietsendiefstal", new TriageAnswers { Age = 14 }).Verdict);
        Assert.Equal(EligibilityVerdict.Online, Check("fietsendiefstal", new TriageAnswers { Age = 14 }, parentInformed: true).Verdict);
    }

    [Fact]
    public void Stolen_id_document_is_not_online() =>
        Assert.Equal(EligibilityVerdict.Elsewhere, Check("zakkenrollerij", new TriageAnswers { IdDocumentStolen = true }).Verdict);
}

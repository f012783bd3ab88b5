using static Verbinding.VictimRights.RightIds;
using static Verbinding.VictimRights.Tests.Scenario;

namespace Verbinding.VictimRights.Tests;

public sealed class VictimRightsRulesTests
{
    private static readonly VictimChoices Informed = new(KeepInformed: true, Slachtofferhulp: false, Compensation: true, ReleaseInformation: false);

    [Fact]
    public void Bike_theft_of_a_Dutch_speaking_adult_gives_the_basic_rights_and_what_they_asked_for()
    {
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CaseInformation, CopyOfAangifte, Compensation),
            Derive("fietsendiefstal", Adult(choices: Informed)).Ids());
    }

    [Fact]
    public void English_speaking_expat_gets_a_free_interpreter()
    {
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, Interpreter, CopyOfAangifte),
            Derive("fietsendiefstal", Adult("en")).Ids());
    }

    [Fact]
    public void Unanswered_Slachtofferhulp_question_follows_the_referral_setting_but_a_no_always_wins()
    {
        var optOut = new VictimRightsPolicy(SlachtofferhulpReferral: ReferralMode.OptOut);
        Assert.DoesNotContain(SlachtofferhulpReferral, Derive("diefstal", Adult()).Ids());
        Assert.Contains(SlachtofferhulpReferral, Derive("diefstal", Adult(), optOut).Ids());
        Assert.DoesNotContain(SlachtofferhulpReferral, Derive("diefstal", Adult(choices: VictimChoices.None with { Slachtofferhulp = false }), optOut).Ids());
        Assert.Contains(SlachtofferhulpReferral, Derive("diefstal", Adult(choices: VictimChoices.None with { Slachtofferhulp = true })).Ids());
    }

    [Fact]
    public void Simple_assault_adds_the_Schadefonds_and_release_information_but_no_spreekrecht()
    {
        var choices = new VictimChoices(false, false, Compensation: true, ReleaseInformation: true);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, Compensation, Schadefonds, ReleaseInformation),
            Derive("mishandeling", Adult(choices: choices)).Ids());
    }

    [Fact]
    public void Assault_with_serious_injury_is_on_the_spreekrecht_list()
    {
        var choices = new VictimChoices(false, false, Compensation: true, ReleaseInformation: false);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, Compensation, Schadefonds, Spreekrecht),
            Derive("mishandeling-zwaar-letsel", Adult(choices: choices)).Ids());
    }

    [Fact]
    public void Rape_victim_gets_no_automatic_copy_but_the_Centrum_Seksueel_Geweld_and_full_protection()
    {
        var choices = new VictimChoices(KeepInformed: true, Slachtofferhulp: true, Compensation: false, ReleaseInformation: false);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CaseInformation, SlachtofferhulpReferral, Schadefonds, Spreekrecht, CentrumSeksueelGeweld,
                AddressOutOfDocuments, PriorityContact, AlternativeAddress, AangifteUnderNumber),
            Derive("verkrachting", Adult(choices: choices, vulnerable: true)).Ids());
    }

    [Fact]
    public void Sexual_offence_gives_a_copy_once_it_was_decided_so()
    {
        var victim = Adult() with { CopyDecidedForSexualOffence = true };
        Assert.Contains(CopyOfAangifte, Derive("aanranding", victim).Ids());
        Assert.DoesNotContain(CopyOfAangifte, Derive("aanranding", Adult()).Ids());
    }

    [Fact]
    public void Child_under_13_involves_the_parents_and_is_protected_as_vulnerable()
    {
        var child = new Victim(11, "nl", Vulnerable: false, VictimRelation.Self, VictimChoices.None);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, ParentsInvolved, AddressOutOfDocuments, PriorityContact),
            Derive("zakkenrollerij", child).Ids());
    }

    [Fact]
    public void Sixteen_year_old_is_protected_but_parents_are_not_automatically_involved()
    {
        var teenager = new Victim(16, "nl", Vulnerable: false, VictimRelation.Self, VictimChoices.None);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, AddressOutOfDocuments, PriorityContact),
            Derive("diefstal", teenager).Ids());
    }

    [Fact]
    public void Domestic_violence_refers_to_Veilig_Thuis_and_hides_the_victim_from_the_suspect()
    {
        var choices = new VictimChoices(false, false, false, ReleaseInformation: true);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, Schadefonds, ReleaseInformation, VeiligThuis,
                AddressOutOfDocuments, PriorityContact, AlternativeAddress, AangifteUnderNumber),
            Derive("huiselijk-geweld", Adult(choices: choices, vulnerable: true)).Ids());
    }

    [Fact]
    public void Burglary_has_no_spreekrecht_and_no_release_information()
    {
        var choices = new VictimChoices(KeepInformed: true, false, false, ReleaseInformation: true);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CaseInformation, CopyOfAangifte),
            Derive("inbraak", Adult(choices: choices)).Ids());
    }

    [Fact]
    public void Online_fraud_victim_who_wants_compensation_and_updates()
    {
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CaseInformation, CopyOfAangifte, Compensation),
            Derive("internetoplichting", Adult(choices: Informed)).Ids());
    }

    [Fact]
    public void Threat_and_stalking_qualify_for_spreekrecht_and_release_information_with_protection()
    {
        var choices = new VictimChoices(false, false, false, ReleaseInformation: true);
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CopyOfAangifte, ReleaseInformation, Spreekrecht,
                AddressOutOfDocuments, PriorityContact, AlternativeAddress, AangifteUnderNumber),
            Derive("bedreiging", Adult(choices: choices, vulnerable: true)).Ids());
    }

    [Fact]
    public void Arabic_speaking_surviving_relative_of_a_homicide_victim()
    {
        var relative = new Victim(52, "ar", Vulnerable: false, VictimRelation.SurvivingRelative,
            new VictimChoices(KeepInformed: true, Slachtofferhulp: true, Compensation: true, ReleaseInformation: true));
        Assert.Equal(
            Set(StatementOfRights, IndividualAssessment, CaseInformation, Interpreter, CopyOfAangifte, SlachtofferhulpReferral,
                Compensation, Schadefonds, ReleaseInformation, Spreekrecht),
            Derive("doodslag", relative).Ids());
    }

    [Fact]
    public void Unknown_offence_still_gives_the_rights_of_every_victim()
    {
        var obligations = VictimRightsRules.Derive(Offences.FindOrBasic("nog-onbekend"), Adult(), FiledAt, Calendar.WorkingCalendar.Default);
        Assert.Equal(Set(StatementOfRights, IndividualAssessment, CopyOfAangifte), obligations.Ids());
    }
}

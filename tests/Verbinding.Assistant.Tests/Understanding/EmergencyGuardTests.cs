using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Tests.Understanding;

public sealed class EmergencyGuardTests
{
    [Theory]
    [InlineData("Help, mijn buurman slaat zijn vrouw, ik hoor haar gillen")]
    [InlineData("er staan twee jongens te vechten bij de snackbar")]
    [InlineData("Iemand bedreigt de winkelier met een pistool")]
    [InlineData("mijn ex staat met een mes in de gang")]
    [InlineData("er word ingebroken bij het huis tegenover mij!!")]
    [InlineData("ik hoor glasgerinkel en iemand beneden, ik ben alleen")]
    [InlineData("De keuken staat in brand")]
    [InlineData("er komt zwarte rook uit de kelder van de flat")]
    [InlineData("mijn opa is bewusteloos")]
    [InlineData("mn vriend ademt niet meer")]
    [InlineData("iemand is heel erg gewond op het fietspad")]
    [InlineData("een man bloedt uit zijn hoofd bij de bushalte")]
    [InlineData("ik word al een kwartier gevolgd door een auto")]
    [InlineData("er loopt iemand achter me aan en ik ben bang")]
    [InlineData("ik wil niet meer leven")]
    [InlineData("mijn vriendin wil zelfmoord plegen")]
    [InlineData("er ligt een kind in het water bij de vijver")]
    [InlineData("een fietser is aangereden en ligt op straat")]
    [InlineData("overval bezig in de juwelier")]
    [InlineData("gisteren is mijn fiets gestolen en nu staat er een man met een mes voor mijn deur")]
    [InlineData("ik ben niet gewond maar hij staat nog steeds met een mes voor de deur")]
    public void Dutch_danger_now_is_an_emergency(string message) =>
        Assert.Equal(GuardVerdict.Emergency, EmergencyGuard.Assess(message));

    [Theory]
    [InlineData("my husband is beating me")]
    [InlineData("two men are fighting outside with bottles")]
    [InlineData("someone is breaking into the car next door")]
    [InlineData("the shed behind my house is on fire")]
    [InlineData("my dad collapsed and is unconscious")]
    [InlineData("she is not breathing")]
    [InlineData("a man is bleeding a lot after a fight")]
    [InlineData("there's a guy with a gun in the park")]
    [InlineData("I think I am being followed by a van")]
    [InlineData("I want to kill myself")]
    [InlineData("a kid is drowning in the lake")]
    [InlineData("a pedestrian got hit by a car and is lying on the road")]
    [InlineData("I'm in danger, please help")]
    public void English_danger_now_is_an_emergency(string message) =>
        Assert.Equal(GuardVerdict.Emergency, EmergencyGuard.Assess(message));

    [Theory]
    [InlineData("ik ben niet in gevaar, ik wil alleen iets vragen")]
    [InlineData("niemand is gewond, er is alleen schade aan mijn auto")]
    [InlineData("er is gelukkig geen brand meer")]
    [InlineData("het is geen spoed")]
    [InlineData("I am not in danger")]
    [InlineData("nobody was injured, only my car is damaged")]
    [InlineData("it's not an emergency")]
    public void Negated_danger_is_not_an_emergency(string message) =>
        Assert.NotEqual(GuardVerdict.Emergency, EmergencyGuard.Assess(message));

    [Theory]
    [InlineData("gisteren is er bij ons ingebroken")]
    [InlineData("vorige week ben ik bedreigd met een mes")]
    [InlineData("ik ben vorige maand neergestoken en wil weten hoe het met de zaak staat")]
    [InlineData("twee weken geleden is mijn schuur in brand gestoken")]
    [InlineData("last week a man threatened me with a knife")]
    [InlineData("I was stabbed two months ago, where can I get support")]
    [InlineData("yesterday someone tried to break into my house")]
    public void Danger_in_the_past_is_not_an_emergency(string message) =>
        Assert.NotEqual(GuardVerdict.Emergency, EmergencyGuard.Assess(message));

    [Theory]
    [InlineData("wat moet ik doen bij brand in mijn flat")]
    [InlineData("ik wil aangifte doen van bedreiging met een mes")]
    [InlineData("what should I do if someone follows me")]
    [InlineData("mijn fiets is gestolen")]
    [InlineData("hoe laat gaat het bureau open")]
    [InlineData("my bike was stolen at the station")]
    public void Questions_and_ordinary_reports_are_not_emergencies(string message) =>
        Assert.NotEqual(GuardVerdict.Emergency, EmergencyGuard.Assess(message));

    [Fact]
    public void Past_danger_is_reported_as_defused_so_the_classifier_cannot_say_112()
    {
        Assert.Equal(GuardVerdict.Defused, EmergencyGuard.Assess("gisteren werd ik bedreigd met een mes"));
        var understood = TestData.Wout.Understand("gisteren werd ik bedreigd met een mes", TestData.Now);
        Assert.NotEqual(TopicIds.Spoed112, understood.Topic);
        Assert.False(understood.Emergency);
    }

    [Fact]
    public void Every_emergency_in_the_dev_set_is_flagged()
    {
        var emergencies = TestData.DevSet.Where(d => d.Accept.Contains(TopicIds.Spoed112)).ToList();
        Assert.NotEmpty(emergencies);
        var missed = emergencies.Where(d => !TestData.Wout.Understand(d.Text, TestData.Now).Emergency).Select(d => d.Text).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void Every_emergency_in_the_training_corpus_is_caught_by_the_guard_itself()
    {
        var missed = Verbinding.Assistant.Training.Corpus.Examples
            .Where(e => e.Topic == TopicIds.Spoed112 && EmergencyGuard.Assess(e.Text) != GuardVerdict.Emergency)
            .Select(e => e.Text)
            .ToList();
        Assert.Empty(missed);
    }
}

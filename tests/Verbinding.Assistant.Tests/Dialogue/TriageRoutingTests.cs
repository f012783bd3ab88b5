using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Topics;
using Verbinding.Triage.Evaluation;
using static Verbinding.Assistant.Tests.Dialogue.ScriptedUnderstanding;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class TriageRoutingTests
{
    private const string Assaulted = "Ik ben vorige week geslagen";

    private static Conversation AssaultIn(string place) => new(new ScriptedUnderstanding()
        .Says(Assaulted, TopicIds.AangifteMishandeling, entities: [Place(place)]));

    [Fact]
    public void Vulnerable_victim_in_zeeland_west_brabant_is_offered_aangifte_at_home()
    {
        var wout = AssaultIn("Breda");
        wout.Send(Assaulted);
        wout.Send("nee"); // nobody in danger
        Assert.Equal(AangifteQuestions.Vulnerable, wout.State.PendingQuestion);

        wout.Send("ja");

        Assert.Equal("/afspraak?soort=thuis", wout.Last.Replies[0].Actions[0].Href);
        Assert.Contains("bij u thuis", wout.Last.Replies[0].Text);
    }

    [Fact]
    public void Without_the_regional_home_visit_the_extra_help_question_is_not_needed()
    {
        var wout = AssaultIn("Utrecht");
        wout.Send(Assaulted);

        var asked = wout.AnswerAll("nee");

        Assert.Equal([AangifteQuestions.Danger], asked);
        Assert.DoesNotContain(wout.LastActions, a => a.Href == "/afspraak?soort=thuis");
        Assert.Equal("/afspraak", wout.Last.Replies[0].Actions[0].Href);
    }

    [Fact]
    public void Someone_in_danger_is_sent_to_112_first()
    {
        var wout = AssaultIn("Utrecht");
        wout.Send(Assaulted);

        var turn = wout.Send("ja");

        Assert.Equal("Bel direct 112.", turn.Replies[0].Text);
        Assert.Equal("tel:112", turn.Replies[0].Actions[0].Href);
        Assert.DoesNotContain(wout.LastActions, a => a.Href == "/afspraak");
    }

    [Fact]
    public void Every_link_the_engine_offers_is_a_button_in_the_reply()
    {
        var wout = new Conversation(new ScriptedUnderstanding().Says("Mijn fiets is gestolen", TopicIds.AangifteFietsendiefstal));
        wout.Send("Mijn fiets is gestolen");
        wout.AnswerAll("nee");

        var result = WoutTriage.Default.Evaluate(TopicIds.AangifteFietsendiefstal, wout.State.Answers, Conversation.Now, wout.State.Details);
        var hrefs = wout.LastActions.Select(a => a.Href).ToList();

        Assert.All(result.Options.Where(o => o.Intervention != "gesprek-medewerker"), o => Assert.Contains(o.Href, hrefs));
        Assert.Contains("wout:topic/gesprek-medewerker", hrefs); // the chat colleague is a handover in this chat
    }

    [Fact]
    public void Every_yes_no_question_of_the_policy_can_be_asked_by_wout()
    {
        Assert.All(AnswerNames.YesNo, name => Assert.NotNull(AangifteQuestions.ForAnswerName(name)));
        Assert.All(WoutTriage.Default.Questions(TopicIds.AangifteDiefstal), q =>
            Assert.EndsWith("?", WoutTriage.Default.QuestionText(q, Languages.English)));
    }

    [Theory]
    [InlineData("Den Haag", "GM0518", "den-haag")]
    [InlineData("Weesp", "GM0363", "amsterdam")]
    [InlineData("breda", "GM0758", "zeeland-west-brabant")]
    public void The_place_a_citizen_names_finds_its_municipality_and_eenheid(string place, string code, string eenheid)
    {
        var municipality = MunicipalityLookup.Default.Find(place);

        Assert.Equal(code, municipality?.Code);
        Assert.Equal(eenheid, municipality?.Eenheid);
    }
}

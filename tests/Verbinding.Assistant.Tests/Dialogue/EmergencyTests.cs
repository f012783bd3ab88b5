using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class EmergencyTests
{
    [Fact]
    public void Emergency_first_reply_is_call_112_with_a_phone_action()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Er ligt iemand bewusteloos op straat", TopicIds.Spoed112, emergency: true));

        var turn = wout.Send("Er ligt iemand bewusteloos op straat");

        var first = turn.Replies[0];
        Assert.Equal("Bel direct 112.", first.Text);
        Assert.Equal(TopicIds.Spoed112, first.Topic);
        Assert.Contains(first.Actions, a => a.Href == "tel:112");
    }

    [Fact]
    public void English_emergency_says_call_112_now()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Someone is breaking into my house right now", TopicIds.AangifteInbraak, "en", emergency: true), "en");

        var turn = wout.Send("Someone is breaking into my house right now");

        Assert.Equal("Call 112 now.", turn.Replies[0].Text);
    }

    [Fact]
    public void Emergency_interrupts_an_open_eligibility_question()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Mijn fiets is gestolen", TopicIds.AangifteFietsendiefstal)
            .Says("Hij staat nu voor mijn deur met een mes", TopicIds.AangifteBedreigingStalking, emergency: true));
        wout.Send("Mijn fiets is gestolen");
        Assert.NotNull(wout.State.PendingQuestion);

        var turn = wout.Send("Hij staat nu voor mijn deur met een mes");

        Assert.Equal("Bel direct 112.", turn.Replies[0].Text);
        Assert.Null(turn.State.PendingQuestion);
    }

    [Fact]
    public void Saying_it_is_happening_now_sends_the_citizen_to_112()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Ze stelen mijn fiets", TopicIds.AangifteFietsendiefstal));
        wout.Send("Ze stelen mijn fiets");
        Assert.Equal("happening-now", wout.State.PendingQuestion);

        var turn = wout.Send("ja");

        Assert.Equal("Bel direct 112.", turn.Replies[0].Text);
        Assert.DoesNotContain(wout.LastActions, a => a.Href.StartsWith("/aangifte/nieuw", StringComparison.Ordinal));
    }

    [Fact]
    public void Emergency_still_gets_112_after_a_handoff()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Ik wil een mens spreken", TopicIds.GesprekMedewerker)
            .Says("Help er is brand", TopicIds.Spoed112, emergency: true));
        wout.Send("Ik wil een mens spreken");

        var turn = wout.Send("Help er is brand");

        Assert.Equal("Bel direct 112.", Assert.Single(turn.Replies).Text);
    }
}

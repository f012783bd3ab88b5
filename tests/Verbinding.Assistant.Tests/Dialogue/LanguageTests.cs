using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class LanguageTests
{
    [Fact]
    public void English_conversation_stays_english_even_when_short_answers_look_dutch()
    {
        // The fake detects "nl" for anything unscripted, like a real detector on "no" or "ok".
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("My bike was stolen yesterday at the station", TopicIds.AangifteFietsendiefstal, "en"), "en");

        wout.Send("My bike was stolen yesterday at the station");
        Assert.Equal("Is anyone in danger or hurt?", wout.Last.Replies[0].Text.Split(". ").Last());
        wout.Send("no");
        wout.Send("nope");
        wout.AnswerAll("no");

        Assert.Equal("en", wout.State.Language);
        Assert.StartsWith("For this situation you can report the crime online", wout.LastText);
        Assert.Contains(wout.LastActions, a => a.Label == "Report online");
    }

    [Fact]
    public void First_message_sets_the_language_whatever_the_greeting_was()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Hello, how do I contact the police?", TopicIds.GeenSpoed0900, "en"), "nl");

        var turn = wout.Send("Hello, how do I contact the police?");

        Assert.StartsWith("Not urgent", turn.Replies[0].Text);
    }

    [Fact]
    public void A_clear_switch_to_a_full_sentence_in_the_other_language_switches()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Hallo", TopicIds.Begroeting)
            .Says("Sorry, can we continue in English please", TopicIds.Begroeting, "en"));
        wout.Send("Hallo");

        var turn = wout.Send("Sorry, can we continue in English please");

        Assert.Equal("en", turn.State.Language);
        Assert.StartsWith("Hello!", turn.Replies[0].Text);
    }

    [Fact]
    public void A_short_reply_in_the_other_language_does_not_switch()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Hallo", TopicIds.Begroeting)
            .Says("ok thanks", TopicIds.Afsluiting, "en"));
        wout.Send("Hallo");

        var turn = wout.Send("ok thanks");

        Assert.Equal("nl", turn.State.Language);
        Assert.StartsWith("Graag gedaan", turn.Replies[0].Text);
    }

    [Theory]
    [InlineData("nl", "Hallo, ik ben Wout")]
    [InlineData("en", "Hello, I am Wout")]
    [InlineData("de", "Hallo, ik ben Wout")]
    public void Greeting_is_in_the_requested_language(string language, string start)
    {
        var engine = new DialogueEngine(new ScriptedUnderstanding());

        var turn = engine.Greeting(language);

        Assert.StartsWith(start, Assert.Single(turn.Replies).Text);
        Assert.Equal(TopicIds.Begroeting, turn.Replies[0].Topic);
        Assert.Equal(0, turn.State.Turns);
    }

    [Fact]
    public void English_referral_uses_the_english_partner_description()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("My neighbours are driving me mad", TopicIds.Buurtbemiddeling, "en"), "en");

        var reply = Assert.Single(wout.Send("My neighbours are driving me mad").Replies);

        Assert.Contains("Volunteers help neighbours", reply.Text);
        Assert.Contains("volunteers from Neighbourhood Mediation", reply.Text); // the policy's English explanation
        Assert.Contains(reply.Actions, a => a.Label == "Contact your community officer");
    }

    [Fact]
    public void English_prefill_note_uses_english_labels()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Someone smashed my car window last night on the street", TopicIds.AangifteVernieling, "en",
                entities: [ScriptedUnderstanding.Place("Amsterdam")]), "en");
        wout.Send("Someone smashed my car window last night on the street");
        wout.AnswerAll("no");
        var turn = wout.Last;

        Assert.Contains("I will already fill in the details you gave: place Amsterdam.", turn.Replies[0].Text);
        Assert.Contains(turn.Replies[0].Actions, a => a.Href == "/aangifte/nieuw?type=vernieling");
    }
}

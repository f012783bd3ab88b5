using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;
using static Verbinding.Assistant.Tests.Dialogue.ScriptedUnderstanding;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class ClarificationAndHandoffTests
{
    private static ScriptedUnderstanding Unsure() => new ScriptedUnderstanding()
        .Says("iets met mijn spullen", TopicIds.Onbekend,
            candidates: [new(TopicIds.AangifteDiefstal, 0.4), new(TopicIds.VerlorenGevonden, 0.35), new(TopicIds.AangifteInbraak, 0.1), new(TopicIds.Begroeting, 0.01)]);

    [Fact]
    public void Unclear_message_offers_the_likeliest_topics_in_plain_words()
    {
        var wout = new Conversation(Unsure());

        var reply = Assert.Single(wout.Send("iets met mijn spullen").Replies);

        Assert.Equal(TopicIds.Onbekend, reply.Topic);
        Assert.Equal(["Er is iets gestolen", "Iets verloren of gevonden", "Er is ingebroken", "Chat met een collega"],
            reply.Actions.Select(a => a.Label));
        Assert.Equal("wout:topic/aangifte-diefstal", reply.Actions[0].Href);
    }

    [Fact]
    public void Choosing_an_offered_topic_continues_with_that_topic()
    {
        var wout = new Conversation(Unsure());
        wout.Send("iets met mijn spullen");

        var turn = wout.Send("wout:topic/aangifte-diefstal");

        Assert.Equal(TopicIds.AangifteDiefstal, turn.State.Topic);
        Assert.Equal("happening-now", turn.State.PendingQuestion);
        Assert.Equal(0, turn.State.Misunderstandings);
    }

    [Fact]
    public void Typing_the_offered_label_also_chooses_it()
    {
        var wout = new Conversation(Unsure());
        wout.Send("iets met mijn spullen");

        var turn = wout.Send("iets verloren of gevonden");

        Assert.Equal(TopicIds.VerlorenGevonden, turn.State.Topic);
    }

    [Fact]
    public void Second_miss_in_a_row_hands_over_to_a_colleague()
    {
        var wout = new Conversation(Unsure());
        var first = wout.Send("iets met mijn spullen");
        Assert.Null(first.Handoff);

        var second = wout.Send("blablabla");

        Assert.NotNull(second.Handoff);
        Assert.Equal(HandoffReasons.NotUnderstood, second.Handoff.Reason);
        Assert.True(second.State.HandedOff);
        Assert.Contains("iets met mijn spullen", second.Handoff.Summary);
    }

    [Fact]
    public void An_understood_message_between_misses_resets_the_count()
    {
        var wout = new Conversation(Unsure().Says("Hoe laat is het bureau open?", TopicIds.AfspraakBureau));
        wout.Send("iets met mijn spullen");
        wout.Send("Hoe laat is het bureau open?");

        var turn = wout.Send("blablabla");

        Assert.Null(turn.Handoff);
    }

    [Fact]
    public void Asking_for_a_colleague_hands_over_with_topic_and_details_in_the_summary()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Mijn fiets is gisteren in Utrecht gestolen", TopicIds.AangifteFietsendiefstal, entities: [Date("2026-11-28"), Place("Utrecht")])
            .Says("Ik wil liever met een mens praten", TopicIds.GesprekMedewerker));
        wout.Send("Mijn fiets is gisteren in Utrecht gestolen");

        var turn = wout.Send("Ik wil liever met een mens praten");

        Assert.NotNull(turn.Handoff);
        Assert.Equal(HandoffReasons.CitizenAsked, turn.Handoff.Reason);
        Assert.Contains("aangifte-fietsendiefstal", turn.Handoff.Summary);
        Assert.Contains("datum 2026-11-28", turn.Handoff.Summary);
        Assert.Contains("plaats Utrecht", turn.Handoff.Summary);
        Assert.Contains("gebeurt het nu: nee", turn.Handoff.Summary);
        Assert.Contains("Mijn fiets is gisteren in Utrecht gestolen", turn.Handoff.Summary);
        Assert.Equal(TopicIds.GesprekMedewerker, Assert.Single(turn.Replies).Topic);
    }

    [Theory]
    [InlineData("ik ben zo bang dat hij terugkomt")]
    [InlineData("Ik weet het niet meer")]
    [InlineData("stomme bot, je snapt er niks van")]
    [InlineData("I'm so scared, he keeps following me")]
    [InlineData("ik zit te huilen 😭")]
    public void Distress_hands_over_to_a_colleague(string message)
    {
        var wout = new Conversation(new ScriptedUnderstanding());

        var turn = wout.Send(message);

        Assert.Equal(HandoffReasons.Distress, turn.Handoff?.Reason);
        Assert.Contains(turn.Replies[0].Actions, a => a.Href == "tel:112");
    }

    [Fact]
    public void Wout_stays_silent_after_the_handoff()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("medewerker", TopicIds.GesprekMedewerker)
            .Says("Mijn fiets is gestolen", TopicIds.AangifteFietsendiefstal));
        wout.Send("medewerker");

        var turn = wout.Send("Mijn fiets is gestolen");

        Assert.Empty(turn.Replies);
        Assert.Null(turn.Handoff);
    }

    [Fact]
    public void Handoff_summary_is_dutch_in_an_english_conversation()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Can I talk to a person please", TopicIds.GesprekMedewerker, "en"), "en");

        var turn = wout.Send("Can I talk to a person please");

        Assert.StartsWith("I am connecting you", turn.Replies[0].Text);
        Assert.Contains("Taal van de burger: Engels", turn.Handoff!.Summary);
        Assert.Contains("Reden overdracht", turn.Handoff.Summary);
    }

    [Fact]
    public void No_candidates_asks_to_rephrase_and_still_offers_a_colleague()
    {
        var wout = new Conversation(new ScriptedUnderstanding());

        var reply = Assert.Single(wout.Send("qwerty").Replies);

        Assert.Contains("andere woorden", reply.Text);
        Assert.Equal("wout:topic/gesprek-medewerker", Assert.Single(reply.Actions).Href);
    }
}

using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;
using static Verbinding.Assistant.Tests.Dialogue.ScriptedUnderstanding;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class AangifteFlowTests
{
    private const string BikeStolen = "Mijn Gazelle is gisteren gestolen bij het station in Utrecht";

    private static Conversation BikeTheft() => new(new ScriptedUnderstanding()
        .Says(BikeStolen, TopicIds.AangifteFietsendiefstal, entities: [Date("2026-11-28"), Place("Utrecht"), Brand("Gazelle")]));

    [Fact]
    public void Bike_theft_ends_in_online_aangifte_with_prefilled_details()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);
        wout.Send("nee hoor");
        wout.Send("nope");
        wout.AnswerAll("nee");
        var turn = wout.Last;

        var action = Assert.Single(wout.LastActions, a => a.Href.StartsWith("/aangifte/nieuw", StringComparison.Ordinal));
        Assert.Equal("/aangifte/nieuw?type=fietsendiefstal", action.Href);
        Assert.Contains("Utrecht", wout.LastText);
        Assert.Contains("online aangifte doen met DigiD", wout.LastText); // the policy's explanation: why this route
        Assert.Equal("2026-11-28", turn.State.Details["date"]);
        Assert.Equal("Utrecht", turn.State.Details["place"]);
        Assert.Equal("Gazelle", turn.State.Details["brand"]);
    }

    [Fact]
    public void Questions_come_one_at_a_time_with_yes_no_buttons()
    {
        var wout = BikeTheft();

        var turn = wout.Send(BikeStolen);

        var question = Assert.Single(turn.Replies);
        Assert.Single(question.Text.Split('?', StringSplitOptions.RemoveEmptyEntries), s => s.Trim().Length > 0);
        Assert.Equal(["wout:answer/ja", "wout:answer/nee", "wout:answer/onbekend"], question.Actions.Select(a => a.Href));
    }

    [Fact]
    public void Questions_already_answered_in_the_first_message_are_skipped()
    {
        var wout = BikeTheft();

        wout.Send(BikeStolen);

        // "gisteren" answers "is it happening now?" and "bij het station" answers "inside a home?";
        // "is anyone in danger or hurt?" is the other safety question, always asked.
        Assert.Equal("danger", wout.State.PendingQuestion);
        Assert.Equal("nee", wout.State.Answers["happening-now"]);
        Assert.Equal("nee", wout.State.Answers["inside-home"]);
    }

    [Fact]
    public void Skipped_questions_are_never_asked_later_in_the_flow()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);

        var asked = wout.AnswerAll("nee");

        Assert.Equal(["danger", "suspect-known", "violence", "traces-or-camera", "police-attended", "vulnerable"], asked);
        Assert.DoesNotContain("happening-now", asked);
        Assert.DoesNotContain("inside-home", asked);
    }

    [Fact]
    public void Known_suspect_leads_to_an_appointment_with_a_reason()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Mijn buurman heeft mijn fiets gestolen", TopicIds.AangifteFietsendiefstal));
        wout.Send("Mijn buurman heeft mijn fiets gestolen");

        var asked = wout.AnswerAll("nee");

        Assert.Equal(["happening-now", "danger"], asked); // a known suspect decides the route: nothing more to ask
        Assert.Contains(wout.LastActions, a => a.Href == "/afspraak");
        Assert.DoesNotContain(wout.LastActions, a => a.Href.StartsWith("/aangifte/nieuw", StringComparison.Ordinal));
        Assert.Contains("u weet wie het heeft gedaan", wout.LastText);
    }

    [Fact]
    public void Violence_leads_to_an_appointment_and_slachtofferhulp()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Gisteren hebben ze mijn tas afgepakt en me geslagen", TopicIds.AangifteDiefstal));

        wout.Send("Gisteren hebben ze mijn tas afgepakt en me geslagen");
        var turn = wout.Send("nee"); // nobody in danger now

        Assert.Contains(wout.LastActions, a => a.Href == "/afspraak");
        Assert.Contains(wout.LastActions, a => a.Href == "tel:09000101");
        Assert.Contains(wout.LastActions, a => a is { Href: "/hulp/overdracht?partner=slachtofferhulp", Kind: ActionKinds.Handover });
        Assert.Contains(turn.Replies, r => r.Text.Contains("Slachtofferhulp Nederland", StringComparison.Ordinal));
        Assert.Contains("geweld", wout.LastText);
    }

    [Theory]
    [InlineData(TopicIds.AangifteInbraak)]
    [InlineData(TopicIds.AangifteMishandeling)]
    [InlineData(TopicIds.AangifteBedreigingStalking)]
    [InlineData(TopicIds.AangifteIdentiteitsfraude)]
    public void Some_crimes_are_never_reported_online(string topic)
    {
        var wout = new Conversation(new ScriptedUnderstanding().Says("Het gebeurde vorige week", topic));

        wout.Send("Het gebeurde vorige week");

        Assert.NotEmpty(wout.AnswerAll("nee"));
        Assert.DoesNotContain(wout.LastActions, a => a.Href.StartsWith("/aangifte/nieuw", StringComparison.Ordinal));
        Assert.Contains(wout.LastActions, a => a.Href == "/afspraak");
        Assert.Contains(wout.LastActions, a => a.Href.StartsWith("/terugbellen", StringComparison.Ordinal));
    }

    [Fact]
    public void Identity_fraud_is_referred_to_the_central_reporting_point()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Er is een lening op mijn naam afgesloten", TopicIds.AangifteIdentiteitsfraude));

        wout.Send("Er is een lening op mijn naam afgesloten");
        wout.AnswerAll("nee");

        Assert.Contains(wout.LastActions, a => a.Href == "tel:0889001000");
        Assert.Contains("Centraal Meldpunt Identiteitsfraude", wout.LastText);
    }

    [Fact]
    public void Not_knowing_who_did_it_does_not_block_online_aangifte()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);
        wout.Send("nee");
        wout.Send("weet ik niet");
        wout.AnswerAll("nee");

        Assert.Contains(wout.LastActions, a => a.Href == "/aangifte/nieuw?type=fietsendiefstal");
    }

    [Fact]
    public void Police_already_attended_leads_to_a_call_back()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);
        foreach (var answer in new[] { "nee", "nee", "nee", "nee" })
            wout.Send(answer); // danger, suspect, violence, traces
        Assert.Equal("police-attended", wout.State.PendingQuestion);

        wout.Send("ja");

        Assert.Null(wout.State.PendingQuestion);
        Assert.Equal("/terugbellen?reden=aangifte", wout.Last.Replies[0].Actions[0].Href);
        Assert.Contains("politie al bij u is geweest", wout.LastText);
    }

    [Fact]
    public void Stolen_passport_during_pickpocketing_leads_to_an_appointment()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Gisteren is in de trein mijn portemonnee met paspoort gerold", TopicIds.AangifteZakkenrollerij));
        wout.Send("Gisteren is in de trein mijn portemonnee met paspoort gerold");
        wout.Send("nee"); // nobody in danger; the passport decides the rest

        Assert.Null(wout.State.PendingQuestion);
        Assert.Contains("paspoort, id-kaart of rijbewijs is gestolen", wout.LastText);
        Assert.Contains(wout.LastActions, a => a.Href == "/afspraak");
    }

    [Fact]
    public void Quick_reply_buttons_answer_the_question()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);

        wout.Send("wout:answer/nee");

        Assert.Equal("nee", wout.State.Answers["danger"]);
        Assert.Equal("suspect-known", wout.State.PendingQuestion);
    }

    [Fact]
    public void An_unclear_answer_repeats_the_question_with_a_hint()
    {
        var wout = BikeTheft();
        wout.Send(BikeStolen);

        var turn = wout.Send("hmm blauw");

        Assert.Equal("danger", turn.State.PendingQuestion);
        Assert.StartsWith("Ik begreep uw antwoord niet goed", Assert.Single(turn.Replies).Text);
    }

    [Fact]
    public void A_new_topic_during_the_questions_switches_topic()
    {
        var wout = BikeTheft().WithScript(s => s.Says("Ik wil een klacht indienen over een agent", TopicIds.KlachtPolitie));
        wout.Send(BikeStolen);

        var turn = wout.Send("Ik wil een klacht indienen over een agent");

        Assert.Equal(TopicIds.KlachtPolitie, turn.State.Topic);
        Assert.Null(turn.State.PendingQuestion);
        Assert.Contains(wout.LastActions, a => a.Href == "/klacht");
    }

    [Fact]
    public void Internet_fraud_with_a_silent_seller_goes_online_with_the_iban()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Ik heb 120 euro betaald op Marktplaats en de verkoper reageert niet meer", TopicIds.AangifteInternetoplichting,
                entities: [Iban("NL91ABNA0417164300")]));
        wout.Send("Ik heb 120 euro betaald op Marktplaats en de verkoper reageert niet meer");
        wout.AnswerAll("nee");
        var turn = wout.Last;

        Assert.Contains(wout.LastActions, a => a.Href == "/aangifte/nieuw?type=internetoplichting");
        Assert.Equal("NL91ABNA0417164300", turn.State.Details["iban"]);
    }

    [Fact]
    public void Late_delivery_from_a_responsive_seller_goes_to_juridisch_loket()
    {
        var wout = new Conversation(new ScriptedUnderstanding()
            .Says("Mijn bestelling is niet goed aangekomen", TopicIds.AangifteInternetoplichting));
        wout.Send("Mijn bestelling is niet goed aangekomen");
        Assert.Equal("seller-responds", wout.State.PendingQuestion);

        wout.Send("ja");
        wout.AnswerAll("nee");

        // The Juridisch Loket comes first; online aangifte stays possible for who still thinks it is fraud.
        Assert.Contains("Juridisch Loket", wout.Last.Replies[0].Text);
        Assert.Contains(wout.Last.Replies[0].Actions, a => a.Href == "tel:09008020");
    }

    [Fact]
    public void A_side_question_is_answered_and_the_open_question_asked_again()
    {
        var wout = BikeTheft().WithScript(s => s.Says("Heb ik DigiD nodig voor online aangifte?", TopicIds.AangifteAlgemeen));
        wout.Send(BikeStolen);

        var turn = wout.Send("Heb ik DigiD nodig voor online aangifte?");

        Assert.Equal(2, turn.Replies.Count);
        Assert.Contains("DigiD", turn.Replies[0].Text);
        Assert.Contains(turn.Replies[0].Actions, a => a.Kind == "article");
        Assert.Equal("Is iemand in gevaar of gewond?", turn.Replies[1].Text);
        Assert.Equal(TopicIds.AangifteFietsendiefstal, turn.State.Topic);
        Assert.Equal("nee", turn.State.Answers["happening-now"]);
    }
}

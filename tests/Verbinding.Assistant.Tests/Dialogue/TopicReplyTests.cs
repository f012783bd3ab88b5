using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class TopicReplyTests
{
    private static Conversation Asking(string text, string topic, string language = "nl") =>
        new(new ScriptedUnderstanding().Says(text, topic, language), language);

    [Theory]
    [InlineData(TopicIds.GeenSpoed0900, "tel:09008844")]
    [InlineData(TopicIds.MeldingOverlast, "/melding/nieuw")]
    [InlineData(TopicIds.MeldingVerdachteSituatie, "/melding/nieuw?category=verdachte-situatie")]
    [InlineData(TopicIds.StatusAangifte, "/mijn/zaken")]
    [InlineData(TopicIds.AfspraakBureau, "/afspraak")]
    [InlineData(TopicIds.AfspraakBureau, "/bureaus")]
    [InlineData(TopicIds.Vermissing, "tel:09008844")]
    [InlineData(TopicIds.Vermissing, "tel:112")]
    [InlineData(TopicIds.VacatureWerkenBij, "https://www.werkenbijdepolitie.nl")]
    [InlineData(TopicIds.Afsluiting, "/tevredenheid?kanaal=wout")]
    public void Topic_offers_its_route(string topic, string href)
    {
        var wout = Asking("bericht", topic);

        wout.Send("bericht");

        Assert.Contains(wout.LastActions, a => a.Href == href);
        Assert.All(wout.Last.Replies, r => Assert.Equal(topic, r.Topic));
    }

    [Fact]
    public void Informational_question_is_answered_from_the_knowledge_base_with_its_source()
    {
        var wout = Asking("Wat is Burgernet eigenlijk?", TopicIds.InformatieAlgemeen);

        var reply = Assert.Single(wout.Send("Wat is Burgernet eigenlijk?").Replies);

        Assert.Contains("Burgernet", reply.Text);
        Assert.Contains(reply.Actions, a => a is { Href: "https://www.burgernet.nl", Kind: "article" });
    }

    [Fact]
    public void Question_about_police_powers_is_answered_in_english_from_the_english_article()
    {
        var wout = Asking("Do I have to show my ID when an officer asks?", TopicIds.BevoegdhedenPolitie, "en");

        var reply = Assert.Single(wout.Send("Do I have to show my ID when an officer asks?").Replies);

        Assert.Contains("aged 14", reply.Text);
    }

    [Fact]
    public void Aangifte_question_gets_an_explanation_and_the_routes()
    {
        var wout = Asking("Wat is het verschil tussen aangifte en een melding?", TopicIds.AangifteAlgemeen);

        var turn = wout.Send("Wat is het verschil tussen aangifte en een melding?");

        Assert.Equal(2, turn.Replies.Count);
        Assert.Contains("melding", turn.Replies[0].Text);
        Assert.Contains(wout.LastActions, a => a.Href == "/aangifte/nieuw");
        Assert.Contains(wout.LastActions, a => a.Href == "/afspraak");
    }

    [Fact]
    public void Out_of_scope_question_is_redirected_politely()
    {
        var wout = Asking("Wat voor weer wordt het morgen?", TopicIds.BuitenScope);

        var reply = Assert.Single(wout.Send("Wat voor weer wordt het morgen?").Replies);

        Assert.StartsWith("Daar kan de politie u helaas niet mee helpen", reply.Text);
    }
}

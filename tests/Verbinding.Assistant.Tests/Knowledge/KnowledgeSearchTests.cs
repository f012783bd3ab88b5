using Verbinding.Assistant.Knowledge;

namespace Verbinding.Assistant.Tests.Knowledge;

public sealed class KnowledgeSearchTests
{
    [Theory]
    [InlineData("Wat is Burgernet?", "burgernet")]
    [InlineData("Moet ik mijn identiteitsbewijs laten zien aan een agent?", "legitimatieplicht")]
    [InlineData("hoe voorkom ik dat er bij mij wordt ingebroken", "inbraak-voorkomen")]
    [InlineData("ik ben mijn paspoort verloren", "id-kwijt")]
    [InlineData("wat is het verschil tussen aangifte en melding", "aangifte-of-melding")]
    [InlineData("kan ik een kopie van mijn aangifte krijgen voor de verzekering", "kopie-aangifte")]
    [InlineData("welke rechten heb ik als slachtoffer", "rechten-slachtoffer")]
    [InlineData("mag de politie mij fouilleren", "fouilleren")]
    [InlineData("bezwaar maken tegen een bekeuring", "boete-cjib")]
    [InlineData("wie is de wijkagent in mijn wijk", "wijkagent")]
    [InlineData("hoe zet ik mijn fiets goed op slot", "fietsdiefstal-voorkomen")]
    [InlineData("mijn portemonnee is verloren, is die gevonden?", "verloren-gevonden")]
    public void Dutch_query_finds_the_right_article(string query, string articleId)
    {
        var hit = KnowledgeBase.Default.Search(query, "nl").FirstOrDefault();

        Assert.NotNull(hit);
        Assert.Equal(articleId, hit.Article.Id);
        Assert.Equal("nl", hit.Article.Language);
    }

    [Theory]
    [InlineData("What is Burgernet?", "burgernet")]
    [InlineData("Do I have to show my ID to the police", "legitimatieplicht")]
    [InlineData("how can I stop burglars breaking into my home", "inbraak-voorkomen")]
    [InlineData("I lost my passport", "id-kwijt")]
    [InlineData("difference between a crime report and a notification", "aangifte-of-melding")]
    [InlineData("can I get compensation for the damage", "schadevergoeding")]
    [InlineData("how do I recognise a phishing email", "phishing-herkennen")]
    [InlineData("I want to become a police officer", "werken-bij")]
    [InlineData("my son has gone missing", "vermissing")]
    [InlineData("how do I complain about an officer", "klacht-indienen")]
    [InlineData("can I report a theft online", "online-aangifte")]
    public void English_query_finds_the_right_article(string query, string articleId)
    {
        var hit = KnowledgeBase.Default.Search(query, "en").FirstOrDefault();

        Assert.NotNull(hit);
        Assert.Equal(articleId, hit.Article.Id);
        Assert.Equal("en", hit.Article.Language);
    }

    [Fact]
    public void Topic_filter_keeps_answers_on_topic()
    {
        var hits = KnowledgeBase.Default.Search("aangifte doen", "nl", 10, "aangifte-algemeen");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("aangifte-algemeen", h.Article.Topic));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("de het een")]
    [InlineData("\"(*&^%")]
    public void Empty_or_meaningless_queries_find_nothing_and_do_not_throw(string query)
    {
        Assert.Empty(KnowledgeBase.Default.Search(query, "nl"));
    }
}

using AngleSharp.Html.Dom;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Triage;

/// <summary>"Wat kan ik doen?" driven as a browser without JavaScript: plain form posts.</summary>
public sealed class DecisionAidPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/wat-kan-ik-doen";

    [Fact]
    public async Task Break_in_without_JavaScript_gives_options_with_explanations_and_no_online_report()
    {
        var client = fixture.App.CreateClient();

        var questions = await (await client.PostFormAsync(Page, new Dictionary<string, string> { ["Topic"] = "aangifte-inbraak", ["Municipality"] = "Utrecht" })).ParseAsync();
        Assert.NotNull(questions.QuerySelector("input[name='Answers[happeningNow]']"));
        var result = await PostAsync(client, questions, new() { ["Answers[happeningNow]"] = "nee", ["Answers[suspectKnown]"] = "nee" });

        var options = result.QuerySelectorAll("ol.triage-options > li");
        Assert.Equal("aangifte-telefonisch", options[0].GetAttribute("data-intervention"));
        Assert.DoesNotContain(options, o => o.GetAttribute("data-intervention") == "aangifte-online");
        Assert.Contains("niet online", options[0].TextContent);
        Assert.Contains(options, o => o.TextContent.Contains("Slachtofferhulp"));
    }

    [Fact]
    public async Task Happening_now_shows_112_first()
    {
        var client = fixture.App.CreateClient();
        var questions = await (await client.PostFormAsync(Page, new Dictionary<string, string> { ["Topic"] = "aangifte-fietsendiefstal", ["Municipality"] = "" })).ParseAsync();

        var result = await PostAsync(client, questions, new() { ["Answers[happeningNow]"] = "ja" });

        var first = result.QuerySelector("ol.triage-options > li")!;
        Assert.Equal("spoed-112", first.GetAttribute("data-intervention"));
        Assert.Equal("tel:112", first.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task English_page_shows_English_questions_and_explanations()
    {
        var client = fixture.App.CreateClient();
        await client.GetAsync("/taal?culture=en&returnUrl=" + Page);
        var questions = await (await client.PostFormAsync(Page, new Dictionary<string, string> { ["Topic"] = "aangifte-fietsendiefstal" })).ParseAsync();
        Assert.Contains("Do you know who did it?", questions.Body!.TextContent);

        var result = await PostAsync(client, questions, new() { ["Answers[suspectKnown]"] = "ja" });

        Assert.Contains("Because you know who did it", result.QuerySelector("ol.triage-options")!.TextContent);
    }

    [Fact]
    public async Task No_topic_chosen_shows_an_error_and_the_first_step_again()
    {
        var page = await (await fixture.App.CreateClient().PostFormAsync(Page, new Dictionary<string, string> { ["Municipality"] = "Atlantis" })).ParseAsync();

        var errors = page.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("Kies wat er is gebeurd", errors);
        Assert.Contains("Atlantis", errors);
        Assert.NotNull(page.QuerySelector("input[name=Topic]"));
    }

    [Fact]
    public async Task Page_offers_quick_exit()
    {
        var page = await fixture.App.CreateClient().GetPageAsync(Page);

        Assert.NotNull(page.QuerySelector(".quick-exit, #quick-exit, [data-quick-exit]"));
    }

    /// <summary>Submits a form from an already rendered page, as a browser does after the previous step.</summary>
    private static async Task<IHtmlDocument> PostAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> fields)
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
        response.EnsureSuccessStatusCode();
        return await response.ParseAsync();
    }
}

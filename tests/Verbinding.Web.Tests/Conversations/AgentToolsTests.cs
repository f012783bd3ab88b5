using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Audit;
using Verbinding.Assistant.Knowledge;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Conversations.Tools;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>Issue 4, agent tools: suggested answers, standaardantwoorden and form links, sent as the colleague.</summary>
public sealed class AgentToolsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;

    [Fact]
    public async Task A_suggested_answer_reaches_the_citizen_as_the_colleagues_message_with_its_source()
    {
        var (citizen, chat, agent, url) = await ClaimedChatAsync("nl", "Hoe doe ik aangifte?", ChatApi.Medewerker);
        var page = await agent.GetPageAsync(url);
        var first = page.QuerySelector("[data-testid=suggested-answers] li")!;
        Assert.InRange(page.QuerySelectorAll("[data-testid=suggested-answers] li").Length, 1, SuggestedAnswers.Max);
        Assert.Contains(page.QuerySelectorAll("[data-testid=suggested-answers] li"), li => li.GetAttribute("data-article") == "aangifte-hoe");
        var article = KnowledgeBase.Default.Articles.Single(a => a.Id == first.GetAttribute("data-article") && a.Language == "nl");

        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Article"] = article.Id }, $"form[data-article='{article.Id}']");

        var last = (await citizen.TranscriptAsync(chat))[^1];
        Assert.Equal("agent", last.GetProperty("author").GetString());
        Assert.Equal(article.Summary, last.GetProperty("text").GetString());
        Assert.Equal(article.Source, last.GetProperty("actions")[0].GetProperty("href").GetString());
        Assert.True(await _app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "send-suggested-answer" && e.EntityId == chat.Id)));
    }

    [Fact]
    public async Task An_english_conversation_gets_the_english_canned_reply()
    {
        var (citizen, chat, agent, url) = await ClaimedChatAsync("en", "Can I talk to a person please");
        var reply = _app.Services.GetRequiredService<CannedReplies>().Find("spoed-112")!;

        await agent.PostFormAsync(url, new Dictionary<string, string> { ["CannedReply"] = reply.Id }, "form[data-testid=canned-replies]");

        var last = (await citizen.TranscriptAsync(chat))[^1];
        Assert.Equal("agent", last.GetProperty("author").GetString());
        Assert.Equal(reply.Text.En, last.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_english_conversation_gets_the_english_article()
    {
        var (citizen, chat, agent, url) = await ClaimedChatAsync("en", "How do I report a crime?", "Can I talk to a person please");
        var id = (await agent.GetPageAsync(url)).QuerySelector("[data-testid=suggested-answers] li")!.GetAttribute("data-article")!;

        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Article"] = id }, $"form[data-article='{id}']");

        var last = (await citizen.TranscriptAsync(chat))[^1];
        Assert.Equal(KnowledgeBase.Default.Articles.Single(a => a.Id == id && a.Language == "en").Summary, last.GetProperty("text").GetString());
        Assert.StartsWith("Read more:", last.GetProperty("actions")[0].GetProperty("label").GetString());
    }

    [Fact]
    public void A_melding_topic_opens_the_melding_form_with_its_category_and_the_call_back_link_names_the_chat()
    {
        var types = _app.Services.GetRequiredService<Features.Aangifte.AangifteTypeCatalog>();
        var id = Guid.NewGuid();

        var suspicious = FormLinks.For(id, "melding-verdachte-situatie", new Dictionary<string, string>(), types, Assistant.Dialogue.Melding.MeldingCategories.Default);
        var noise = FormLinks.For(id, "melding-overlast", new Dictionary<string, string> { ["melding.category"] = "geluidsoverlast" }, types,
            Assistant.Dialogue.Melding.MeldingCategories.Default);
        var inbraak = FormLinks.For(id, "aangifte-inbraak", new Dictionary<string, string>(), types, Assistant.Dialogue.Melding.MeldingCategories.Default);

        Assert.Equal("/melding?category=verdachte-situatie", suspicious.Single(f => f.Id == FormLinks.Melding).Href);
        Assert.Equal("/melding?category=geluidsoverlast", noise.Single(f => f.Id == FormLinks.Melding).Href);
        Assert.DoesNotContain(inbraak, f => f.Id == FormLinks.Aangifte); // no online aangifte for a break-in
        Assert.Equal($"/terugbellen?reden=chat&gesprek={id:N}", inbraak.Single(f => f.Id == FormLinks.Terugbellen).Href);
    }

    [Fact]
    public async Task A_bicycle_theft_chat_gets_the_online_aangifte_form_for_bicycle_theft_as_a_button()
    {
        var (citizen, chat, agent, url) = await ClaimedChatAsync("nl", "Mijn fiets is gestolen", ChatApi.Medewerker);
        var options = (await agent.GetPageAsync(url)).QuerySelectorAll("#form-link option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([FormLinks.Aangifte, FormLinks.Melding, FormLinks.Afspraak, FormLinks.Terugbellen], options);

        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Form"] = FormLinks.Aangifte }, "form[data-testid=form-links]");

        var last = (await citizen.TranscriptAsync(chat))[^1];
        Assert.Equal("agent", last.GetProperty("author").GetString());
        Assert.Equal("/aangifte/nieuw?type=fietsendiefstal", last.GetProperty("actions")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_colleague_who_has_not_claimed_the_chat_cannot_send_and_another_unit_gets_not_found()
    {
        var citizen = _app.CreateClient();
        var chat = await citizen.StartChatAsync(municipality: "Utrecht");
        await citizen.SayAsync(chat, ChatApi.Medewerker);
        var before = (await citizen.TranscriptAsync(chat)).Length;
        using var colleague = await _app.SignInAsStaffAsync(await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));
        var url = $"/medewerker/gesprekken/{chat.Id}";
        var page = await colleague.GetPageAsync(url);
        Assert.Null(page.QuerySelector("[data-testid=agent-tools]"));

        var posted = await PostHandlerAsync(colleague, page, url, "CannedReply", new() { ["CannedReply"] = "begroeting" });
        var otherUnit = await _app.AgentAsync("limburg");
        var refused = await _app.AsAgentAsync(s => s.SendToolMessageAsync(Guid.Parse(chat.Id), otherUnit, "send-canned-reply",
            _ => new AgentMessage("test"), default));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(AgentResult.NotFound, refused);
        Assert.Equal(before, (await citizen.TranscriptAsync(chat)).Length);
    }

    [Fact]
    public async Task An_unknown_canned_reply_or_a_form_that_does_not_fit_sends_nothing()
    {
        var (citizen, chat, agent, url) = await ClaimedChatAsync("nl", ChatApi.Medewerker);
        var before = (await citizen.TranscriptAsync(chat)).Length;

        await agent.PostFormAsync(url, new Dictionary<string, string> { ["CannedReply"] = "bestaat-niet" }, "form[data-testid=canned-replies]");
        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Form"] = FormLinks.Aangifte }, "form[data-testid=form-links]");

        Assert.Equal(before, (await citizen.TranscriptAsync(chat)).Length);
    }

    private async Task<(HttpClient Citizen, StartedChat Chat, HttpClient Agent, string Url)> ClaimedChatAsync(string language, params string[] said)
    {
        var citizen = _app.CreateClient();
        var chat = await citizen.StartChatAsync(language, municipality: "Utrecht");
        foreach (var text in said)
            await citizen.SayAsync(chat, text);
        var agent = await _app.SignInAsStaffAsync(await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));
        var url = $"/medewerker/gesprekken/{chat.Id}";
        await agent.PostFormAsync(url, new Dictionary<string, string>(), "form[action*=Claim]");
        return (citizen, chat, agent, url);
    }

    /// <summary>Posts to a handler whose form the page does not show, with the antiforgery token of another form.</summary>
    private static Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, IHtmlDocument page, string url, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }
}

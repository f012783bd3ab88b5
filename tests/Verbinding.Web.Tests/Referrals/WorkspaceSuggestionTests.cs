using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>Issue 6 step 3: the colleague in a chat sees the same options the engine gives Wout and the decision aid.</summary>
public sealed class WorkspaceSuggestionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_bicycle_theft_conversation_suggests_reporting_online_first()
    {
        var citizen = fixture.App.CreateClient();
        var chat = await citizen.StartChatAsync(municipality: "Utrecht");
        await citizen.SayAsync(chat, "Mijn fiets is gestolen");
        await citizen.SayAsync(chat, ChatApi.Medewerker);
        using var agent = await fixture.App.SignInAsStaffAsync(await fixture.App.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));

        var page = await agent.GetPageAsync($"/medewerker/gesprekken/{chat.Id}");

        var options = page.QuerySelectorAll("[data-testid=suggestions] li");
        Assert.NotEmpty(options);
        Assert.Equal("aangifte-online", options[0].GetAttribute("data-intervention"));
        Assert.Contains("/aangifte/nieuw?type=fietsendiefstal", options[0].InnerHtml);
        Assert.False(string.IsNullOrWhiteSpace(options[0].TextContent.Replace("Aangifte", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_colleague_can_send_a_neighbour_dispute_chat_the_consent_link_for_buurtbemiddeling()
    {
        var citizen = fixture.App.CreateClient();
        var chat = await citizen.StartChatAsync(municipality: "Utrecht");
        await citizen.SayAsync(chat, "Ik heb steeds ruzie met mijn buren over geluid");
        await citizen.SayAsync(chat, ChatApi.Medewerker);
        using var agent = await fixture.App.SignInAsStaffAsync(await fixture.App.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));
        var url = $"/medewerker/gesprekken/{chat.Id}";
        await agent.PostFormAsync(url, new Dictionary<string, string>(), "form[action*=Claim]");

        var page = await agent.GetPageAsync(url);
        Assert.Equal("buurtbemiddeling", page.QuerySelector("[data-testid=suggestions] li")!.GetAttribute("data-partner"));
        await agent.PostFormAsync(url, new Dictionary<string, string> { ["Partner"] = "buurtbemiddeling" }, "form[data-partner=buurtbemiddeling]");

        var last = (await citizen.TranscriptAsync(chat))[^1];
        Assert.Equal("agent", last.GetProperty("author").GetString());
        Assert.Equal($"/hulp/overdracht?partner=buurtbemiddeling&bron=gesprek&ref={chat.Id}", last.GetProperty("actions")[0].GetProperty("href").GetString());
    }
}

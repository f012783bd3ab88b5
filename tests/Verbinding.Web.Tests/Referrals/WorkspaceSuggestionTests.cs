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
        var consent = last.GetProperty("actions")[0].GetProperty("href").GetString()!;
        Assert.Equal($"/hulp/overdracht?partner=buurtbemiddeling&bron=gesprek&ref={chat.Id}", consent);

        // The citizen consents to the phone number only; the chat's unit follows the referral up.
        var review = await (await citizen.PostFormAsync(consent, new Dictionary<string, string>
        {
            ["partner"] = "buurtbemiddeling", ["bron"] = "gesprek", ["ref"] = chat.Id, ["Values[phone]"] = "0611112222",
        })).PageAsync();
        var sent = await (await citizen.SubmitAsync(review, "form[action*=Confirm]", [KeyValuePair.Create("Share", "phone")])).PageAsync();
        Assert.NotNull(sent.QuerySelector("[data-testid=sent]")); // this client follows the redirect to the status page
        var list = await agent.GetPageAsync("/medewerker/verwijzingen");
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=referrals] tbody tr"));
        await agent.SubmitAsync(list, "form[data-status=Accepted]", []);
        Assert.Equal("Aangenomen door de organisatie", (await agent.GetPageAsync("/medewerker/verwijzingen")).QuerySelector("[data-testid=referrals] [data-testid=referral-status]")!.TextContent.Trim());
        using var otherUnit = await fixture.App.SignInAsStaffAsync(await fixture.App.CreateStaffAsync(StaffRoles.ServiceAgent, "amsterdam"));
        Assert.Empty((await otherUnit.GetPageAsync("/medewerker/verwijzingen")).QuerySelectorAll($"tr[data-reference='{row.GetAttribute("data-reference")}']"));
    }
}

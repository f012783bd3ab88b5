using AngleSharp.Html.Dom;
using Verbinding.Web.Tests.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>Wout and the decision aid offer the same warm handover: a link to the consent page.</summary>
public sealed class EntryPointTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_decision_aid_offers_a_warm_handover_on_a_partner_option_that_takes_one()
    {
        var client = fixture.App.CreateClient();
        var questions = await (await client.PostFormAsync("/wat-kan-ik-doen", new Dictionary<string, string> { ["Topic"] = "veilig-thuis", ["Municipality"] = "" })).ParseAsync();
        var form = (IHtmlFormElement)questions.QuerySelector("form[action*=Result]")!;
        var token = ((IHtmlInputElement)questions.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var result = await (await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Topic"] = "veilig-thuis", ["Municipality"] = "", ["Answers[happeningNow]"] = "nee", ["Answers[danger]"] = "nee",
        }))).ParseAsync();

        var referral = result.QuerySelector("li[data-intervention=doorverwijzen] a[data-testid=handover]")!;
        Assert.Equal("/hulp/overdracht?partner=veilig-thuis&bron=keuzehulp", referral.GetAttribute("href"));
        Assert.Contains(result.QuerySelectorAll("li[data-intervention=warme-overdracht] a"), a => a.GetAttribute("href") == "/hulp/overdracht?partner=veilig-thuis");
    }

    [Fact]
    public async Task Wout_offers_the_consent_page_for_this_conversation()
    {
        var client = fixture.App.CreateClient();
        var chat = await client.StartChatAsync();

        await client.SayAsync(chat, "Ik heb steeds ruzie met mijn buren over geluid");

        var messages = await client.TranscriptAsync(chat);
        var actions = messages.SelectMany(m => m.TryGetProperty("actions", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Array ? a.EnumerateArray() : []);
        Assert.Contains(actions, a => a.GetProperty("href").GetString() == $"/hulp/overdracht?partner=buurtbemiddeling&bron=gesprek&ref={chat.Id}");
    }
}

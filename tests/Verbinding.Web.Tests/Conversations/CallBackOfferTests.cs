using System.Text.Json;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>A handoff when nobody can answer: Wout says so and offers a call-back, instead of a chat waiting unseen.</summary>
public sealed class CallBackOfferTests
{
    [Fact]
    public async Task With_nobody_online_Wout_says_so_and_offers_a_call_back_for_this_chat()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var client = app.CreateClient();
        var chat = await client.StartChatAsync(municipality: "Utrecht");

        var body = await client.SayAsync(chat, ChatApi.Medewerker);

        Assert.Equal("waiting", body.GetProperty("state").GetString());
        var offer = Assert.Single(Actions(body), a => a.GetProperty("href").GetString()!.StartsWith("/terugbellen", StringComparison.Ordinal));
        Assert.Equal($"/terugbellen?reden=chat&gesprek={Guid.Parse(chat.Id):N}", offer.GetProperty("href").GetString());
        Assert.Contains(Texts(body), t => t.Contains("geen collega online", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_English_the_offer_is_in_English()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var client = app.CreateClient();
        var chat = await client.StartChatAsync(language: "en");

        var body = await client.SayAsync(chat, "Can I talk to a person please");

        Assert.Contains(Texts(body), t => t.Contains("No colleague is online", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_colleague_of_the_unit_online_there_is_no_offer()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await OnlineAsync(app, "midden-nederland");
        var client = app.CreateClient();
        var chat = await client.StartChatAsync(municipality: "Utrecht");

        var body = await client.SayAsync(chat, ChatApi.Medewerker);

        Assert.Equal("waiting", body.GetProperty("state").GetString());
        Assert.DoesNotContain(Actions(body), a => a.GetProperty("href").GetString()!.StartsWith("/terugbellen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_colleague_of_another_unit_online_does_not_serve_the_units_queue()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await OnlineAsync(app, "limburg");
        var client = app.CreateClient();
        var chat = await client.StartChatAsync(municipality: "Utrecht");

        var body = await client.SayAsync(chat, ChatApi.Medewerker);

        Assert.Contains(Actions(body), a => a.GetProperty("href").GetString()!.StartsWith("/terugbellen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_JavaScript_the_chat_page_shows_the_call_back_link()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var citizen = app.CreateBrowserClient();
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Municipality"] = "Utrecht" });
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = ChatApi.Medewerker }, "#chat-form");

        var page = await citizen.GetPageAsync("/chat");

        Assert.NotNull(page.QuerySelector("#chat-list a[href^='/terugbellen?reden=chat&gesprek=']"));
    }

    private static Task OnlineAsync(VerbindingApplication app, string eenheid) => app.WithDbAsync(async db =>
    {
        db.Add(new AgentPresence { ConnectionId = Guid.NewGuid().ToString(), UserId = "online-agent", EenheidId = eenheid });
        return await db.SaveChangesAsync();
    });

    private static IEnumerable<string> Texts(JsonElement body) =>
        body.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()!);

    private static IEnumerable<JsonElement> Actions(JsonElement body) =>
        body.GetProperty("replies").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("actions", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : []);
}

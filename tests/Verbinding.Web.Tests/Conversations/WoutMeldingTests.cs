using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>Issue 10, acceptance 1: a Wout conversation ends in a registered melding the citizen can follow.</summary>
public sealed class WoutMeldingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Noise = "de buren hebben elke nacht keiharde muziek";

    private readonly VerbindingApplication _app = fixture.App;

    [Fact]
    public async Task Loud_music_in_the_chat_ends_in_a_melding_for_the_basisteam_with_a_tracking_link()
    {
        using var client = _app.CreateClient();
        var chat = await client.StartChatAsync();

        var replies = await ConverseAsync(client, chat, Noise, "Utrecht", "Oudegracht 12", "nee", "ja");

        var reply = replies[0];
        var reference = Assert.Single(await MeldingenFromAsync(chat)).Reference;
        var expected = _app.Services.GetRequiredService<MunicipalityResolver>().Resolve("Utrecht")!;
        var stored = await _app.WithDbAsync(db => db.Set<Melding>().AsNoTracking().SingleAsync(m => m.Reference == reference));
        Assert.Equal((MeldingChannels.Wout, expected.Basisteam.Id, "geluidsoverlast"), (stored.Channel, stored.BasisteamId, stored.CategoryId));
        Assert.Equal(("Oudegracht", "12", null), (stored.Street, stored.HouseNumber, stored.ContactEmail)); // anonymous
        Assert.Contains(reference, reply.GetProperty("text").GetString());
        Assert.Contains(expected.Basisteam.Name, reply.GetProperty("text").GetString());

        var link = reply.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("href").GetString()!.StartsWith(MeldingLinks.TrackingPage, StringComparison.Ordinal));
        var page = await _app.CreateBrowserClient().GetPageAsync(link.GetProperty("href").GetString()!);
        Assert.Contains(reference, page.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-testid=status-text]")!.TextContent));
    }

    [Fact]
    public async Task Without_JavaScript_the_chat_page_shows_the_tracking_link_and_the_quick_reply_buttons_work()
    {
        var citizen = _app.CreateBrowserClient();
        await citizen.PostFormAsync("/chat", new Dictionary<string, string>());
        foreach (var text in new[] { Noise, "Utrecht", "Oudegracht 12" })
            await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = text }, "#chat-form");
        var contact = await citizen.GetPageAsync("/chat");
        Assert.Contains("Nee, anoniem", contact.Body!.TextContent);

        // The buttons post their href back as the message, as the page's quick-reply form does.
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = "wout:choice/anoniem" }, "#chat-form");
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = "wout:answer/ja" }, "#chat-form");

        var page = await citizen.GetPageAsync("/chat");
        var link = page.QuerySelectorAll(".chat-message__links a").Last();
        Assert.StartsWith(MeldingLinks.TrackingPage, link.GetAttribute("href"));
        var status = await citizen.GetPageAsync(link.GetAttribute("href")!);
        Assert.NotNull(status.QuerySelector("[data-testid=status-text]"));
    }

    [Fact]
    public async Task Misspelt_municipality_is_asked_again_with_a_suggestion_and_the_other_answers_are_kept()
    {
        using var client = _app.CreateClient();
        var chat = await client.StartChatAsync();

        var refused = await ConverseAsync(client, chat, Noise, "Utrect", "Oudegracht 12", "nee", "ja");
        Assert.Contains("Bedoelt u: Utrecht?", refused[0].GetProperty("text").GetString());
        Assert.Empty(await MeldingenFromAsync(chat));

        var summary = await ConverseAsync(client, chat, "Utrecht");
        Assert.Contains("Oudegracht 12, Utrecht", summary[0].GetProperty("text").GetString()); // straight back to the summary
        await ConverseAsync(client, chat, "ja");
        Assert.Single(await MeldingenFromAsync(chat));
    }

    [Fact]
    public async Task Filing_the_same_confirmed_turn_again_registers_one_melding()
    {
        var engine = _app.Services.GetRequiredService<DialogueEngine>();
        var state = DialogueState.Start("nl");
        DialogueTurn turn = null!;
        foreach (var message in new[] { Noise, "Utrecht", "Oudegracht 12", "nee", "ja" })
            state = (turn = engine.Reply(state, message, DateTimeOffset.UtcNow)).State;
        var conversation = Guid.CreateVersion7();

        var first = await FileAsync(conversation, turn);
        var again = await FileAsync(conversation, turn);

        Assert.Equal(first.Replies[0].Text, again.Replies[0].Text);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<Melding>().CountAsync(m => m.IdempotencyKey == $"wout:{conversation:N}:{turn.State.Turns}")));
    }

    private async Task<DialogueTurn> FileAsync(Guid conversation, DialogueTurn turn)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WoutMeldingIntake>().FileAsync(conversation, turn, CancellationToken.None);
    }

    private static async Task<JsonElement[]> ConverseAsync(HttpClient client, StartedChat chat, params string[] messages)
    {
        JsonElement last = default;
        foreach (var message in messages)
            last = await client.SayAsync(chat, message);
        return [.. last.GetProperty("replies").EnumerateArray()];
    }

    private Task<List<Melding>> MeldingenFromAsync(StartedChat chat) =>
        _app.WithDbAsync(db => db.Set<Melding>().AsNoTracking()
            .Where(m => m.IdempotencyKey != null && m.IdempotencyKey.StartsWith($"wout:{Guid.Parse(chat.Id):N}:")).ToListAsync());
}

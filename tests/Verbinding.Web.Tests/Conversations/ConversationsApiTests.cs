using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed class ConversationsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    [Fact]
    public async Task Starting_a_chat_returns_id_token_and_Wouts_greeting()
    {
        var chat = await _client.StartChatAsync();

        Assert.True(Guid.TryParse(chat.Id, out _));
        Assert.True(chat.Token.Length >= 40);
        var greeting = Assert.Single(chat.Body.GetProperty("messages").EnumerateArray());
        Assert.Equal("bot", greeting.GetProperty("author").GetString());
        Assert.Equal("begroeting", greeting.GetProperty("topic").GetString());
        Assert.Contains("Wout", greeting.GetProperty("text").GetString());
    }

    [Fact]
    public async Task English_chat_is_greeted_in_English()
    {
        var chat = await _client.StartChatAsync(language: "en");

        Assert.StartsWith("Hello", chat.Body.GetProperty("messages")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Unknown_channel_or_language_is_a_validation_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/conversations", new { channel = "fax", language = "de" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel", out _));
        Assert.True(errors.TryGetProperty("language", out _));
    }

    [Fact]
    public async Task A_message_gets_Wouts_replies_with_topic_and_actions_and_the_state()
    {
        var chat = await _client.StartChatAsync();

        var body = await _client.SayAsync(chat, "mijn fiets is gestolen");

        Assert.Equal("bot", body.GetProperty("state").GetString());
        var reply = body.GetProperty("replies")[0];
        Assert.Equal("aangifte-fietsendiefstal", reply.GetProperty("topic").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.GetProperty("text").GetString()));
        Assert.All(reply.GetProperty("actions").EnumerateArray(), a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("label").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("href").GetString()));
        });
    }

    [Fact]
    public async Task Transcript_lists_every_message_in_order_with_author_time_text_and_topic()
    {
        var chat = await _client.StartChatAsync();
        await _client.SayAsync(chat, "mijn fiets is gestolen");

        var messages = await _client.TranscriptAsync(chat);

        Assert.Equal(["bot", "citizen", "bot"], messages.Authors().Take(3));
        Assert.Equal("mijn fiets is gestolen", messages[1].GetProperty("text").GetString());
        Assert.All(messages, m => Assert.True(m.GetProperty("time").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal("aangifte-fietsendiefstal", messages[2].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Without_the_right_token_a_conversation_does_not_exist()
    {
        var chat = await _client.StartChatAsync();
        var other = await _client.StartChatAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetTranscriptAsync(chat.Id, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetTranscriptAsync(chat.Id, other.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetTranscriptAsync(Guid.NewGuid().ToString(), chat.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(chat.Id, other.Token, "hallo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(chat.Id, null, "hallo")).StatusCode);
        Assert.Single(await _client.TranscriptAsync(chat));
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_hash()
    {
        var chat = await _client.StartChatAsync();

        var stored = await fixture.App.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == Guid.Parse(chat.Id)));

        Assert.NotEqual(chat.Token, stored.TokenHash);
        Assert.DoesNotContain(chat.Token, stored.TokenHash + stored.DialogueStateJson);
        Assert.Equal(ConversationToken.Hash(chat.Token), stored.TokenHash);
    }

    [Fact]
    public async Task The_same_client_message_id_sent_twice_is_stored_once_and_answered_alike()
    {
        var chat = await _client.StartChatAsync();

        var first = await _client.SayAsync(chat, "mijn fiets is gestolen", clientMessageId: "m-1");
        var again = await _client.SayAsync(chat, "mijn fiets is gestolen", clientMessageId: "m-1");

        Assert.Equal(first.GetProperty("replies").ToString(), again.GetProperty("replies").ToString());
        var messages = await _client.TranscriptAsync(chat);
        Assert.Single(messages, m => m.GetProperty("author").GetString() == "citizen");
    }

    [Fact]
    public async Task Concurrent_retries_of_one_message_are_stored_once()
    {
        var chat = await _client.StartChatAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _client.SendAsync(chat.Id, chat.Token, "hallo", "same-id")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await _client.TranscriptAsync(chat), m => m.GetProperty("author").GetString() == "citizen");
    }

    [Fact]
    public async Task Empty_or_overlong_messages_are_refused()
    {
        var chat = await _client.StartChatAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(chat.Id, chat.Token, "  ")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.SendAsync(chat.Id, chat.Token, new string('a', 2001))).StatusCode);
        Assert.Single(await _client.TranscriptAsync(chat));
    }
}

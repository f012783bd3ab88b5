using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>The hub over the in-memory test server: the same conversations as the HTTP API, authorised by the same token.</summary>
public sealed class ChatHubTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;
    private readonly HttpClient _client = fixture.App.CreateClient();

    [Fact]
    public async Task A_message_sent_over_the_hub_is_in_the_API_transcript_and_pushed_to_listeners()
    {
        var chat = await _client.StartChatAsync();
        await using var connection = await ConnectAsync();
        var updates = Channel.CreateUnbounded<ConversationUpdate>();
        connection.On<ConversationUpdate>(ChatEvents.Messages, u => updates.Writer.TryWrite(u));

        var transcript = await connection.InvokeAsync<Transcript>("JoinConversation", Guid.Parse(chat.Id), chat.Token);
        var sent = await connection.InvokeAsync<SentMessage>("SendMessage", Guid.Parse(chat.Id), chat.Token, "mijn fiets is gestolen", "hub-1");
        var update = await updates.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Single(transcript.Messages);
        Assert.Equal("bot", sent.State);
        Assert.Equal("aangifte-fietsendiefstal", sent.Replies[0].Topic);
        Assert.Equal(["citizen", "bot"], update.Messages.Select(m => m.Author).Distinct());
        Assert.Contains(await _client.TranscriptAsync(chat), m => m.GetProperty("text").GetString() == "mijn fiets is gestolen");
    }

    [Fact]
    public async Task The_hub_and_the_API_share_client_message_ids()
    {
        var chat = await _client.StartChatAsync();
        await _client.SayAsync(chat, "hallo", clientMessageId: "shared-1");
        await using var connection = await ConnectAsync();

        await connection.InvokeAsync<SentMessage>("SendMessage", Guid.Parse(chat.Id), chat.Token, "hallo", "shared-1");

        Assert.Single(await _client.TranscriptAsync(chat), m => m.GetProperty("author").GetString() == "citizen");
    }

    [Fact]
    public async Task Without_the_right_token_the_hub_reveals_nothing()
    {
        var chat = await _client.StartChatAsync();
        var other = await _client.StartChatAsync();
        await using var connection = await ConnectAsync();

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<Transcript>("JoinConversation", Guid.Parse(chat.Id), other.Token));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SentMessage>("SendMessage", Guid.Parse(chat.Id), "", "hallo", null));
        Assert.Single(await _client.TranscriptAsync(chat));
    }

    [Fact]
    public async Task Agent_methods_are_refused_to_anonymous_callers()
    {
        await using var connection = await ConnectAsync();

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinAgents"));
    }

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, ChatHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

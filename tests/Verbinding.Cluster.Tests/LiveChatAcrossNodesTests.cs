using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Verbinding.Cluster.Tests.Infrastructure;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Cluster.Tests;

/// <summary>
/// A citizen connected to node A and a colleague working on node B chat live: each side's message reaches the
/// other's open connection through the Redis backplane, not by polling.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveChatAcrossNodesTests(ClusterFixture cluster)
{
    // Generous for a loaded CI machine: the wait ends at the message; without the backplane it never comes.
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_citizen_on_node_A_and_a_colleague_on_node_B_chat_live()
    {
        cluster.Require();
        using var citizenHttp = cluster.A.CreateClient();
        var chat = await Chats.StartAsync(citizenHttp);
        await using var citizen = await Chats.ConnectAsync(cluster.A);
        var toCitizen = Channel.CreateUnbounded<ConversationUpdate>();
        citizen.On<ConversationUpdate>(ChatEvents.Messages, u => toCitizen.Writer.TryWrite(u));
        await citizen.InvokeAsync<Transcript>("JoinConversation", chat.Id, chat.Token);
        (await Chats.SendAsync(citizenHttp, chat, "ik wil een medewerker spreken", "c-1")).EnsureSuccessStatusCode();

        var (agentHttp, agentCookies) = await ClusterFixture.SignInAsync(cluster.B, ClusterFixture.ServiceAgent);
        var page = $"/medewerker/gesprekken/{chat.Id}";
        (await agentHttp.PostFormAsync(page, new Dictionary<string, string>(), "form[action*='handler=Claim']")).EnsureSuccessStatusCode();
        await using var agent = await Chats.ConnectAsync(cluster.B, agentCookies);
        var toAgent = Channel.CreateUnbounded<ConversationUpdate>();
        agent.On<ConversationUpdate>(ChatEvents.Messages, u => toAgent.Writer.TryWrite(u));
        await agent.InvokeAsync("WatchConversation", chat.Id);

        await agent.InvokeAsync("AgentSend", chat.Id, "Goedenavond, u spreekt met een collega van de politie.", "a-1");
        var atCitizen = await NextWithAsync(toCitizen, "Goedenavond, u spreekt met een collega van de politie.");

        await citizen.InvokeAsync<SentMessage>("SendMessage", chat.Id, chat.Token, "Dank u, mijn fiets is gestolen", "c-2");
        var atAgent = await NextWithAsync(toAgent, "Dank u, mijn fiets is gestolen");

        Assert.Equal("agent", atCitizen.Author);
        Assert.Equal("citizen", atAgent.Author);
    }

    [Fact]
    public async Task A_conversation_started_on_node_A_continues_on_node_B()
    {
        cluster.Require();
        using var onA = cluster.A.CreateClient();
        using var onB = cluster.B.CreateClient();
        var chat = await Chats.StartAsync(onA);

        (await Chats.SendAsync(onA, chat, "hallo", "m-1")).EnsureSuccessStatusCode();
        (await Chats.SendAsync(onB, chat, "mijn fiets is gestolen", "m-2")).EnsureSuccessStatusCode();
        (await Chats.SendAsync(onB, chat, "hallo", "m-1")).EnsureSuccessStatusCode(); // a retry that landed on the other node

        Assert.Equal(["hallo", "mijn fiets is gestolen"], await Chats.CitizenTextsAsync(onA, chat));
    }

    private static async Task<MessageView> NextWithAsync(Channel<ConversationUpdate> updates, string text)
    {
        using var timeout = new CancellationTokenSource(Live);
        while (true)
        {
            var update = await updates.Reader.ReadAsync(timeout.Token);
            if (update.Messages.FirstOrDefault(m => m.Text == text) is { } message)
                return message;
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Verbinding.Web.Features.Conversations;

namespace Verbinding.Cluster.Tests.Infrastructure;

public sealed record Chat(Guid Id, string Token);

/// <summary>The conversations API and hub as a citizen's browser uses them, against any node.</summary>
public static class Chats
{
    public static async Task<Chat> StartAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web", language = "nl" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Chat(body.GetProperty("id").GetGuid(), body.GetProperty("token").GetString()!);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, Chat chat, string text, string clientMessageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{chat.Id}/messages")
        {
            Content = JsonContent.Create(new { text, clientMessageId }),
        };
        request.Headers.Add("X-Conversation-Token", chat.Token);
        return await client.SendAsync(request);
    }

    public static async Task<string[]> CitizenTextsAsync(HttpClient client, Chat chat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/conversations/{chat.Id}");
        request.Headers.Add("X-Conversation-Token", chat.Token);
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("author").GetString() == "citizen")
            .Select(m => m.GetProperty("text").GetString()!)];
    }

    public static async Task<HubConnection> ConnectAsync(ClusterNode node, System.Net.CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.BaseAddress, ChatHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                if (cookies is not null)
                    o.Cookies = cookies;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

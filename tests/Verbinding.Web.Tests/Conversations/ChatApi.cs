using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed record StartedChat(string Id, string Token, JsonElement Body);

/// <summary>Intent methods for the conversations API as a citizen's channel uses it, and for agents' actions.</summary>
public static class ChatApi
{
    public const string Medewerker = "ik wil een medewerker spreken";

    public static async Task<StartedChat> StartChatAsync(this HttpClient client, string language = "nl", string? municipality = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web", language, municipality });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new StartedChat(body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, body);
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, string id, string? token, string text, string? clientMessageId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{id}/messages")
        {
            Content = JsonContent.Create(new { text, clientMessageId }),
        };
        if (token is not null)
            request.Headers.Add("X-Conversation-Token", token);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> SayAsync(this HttpClient client, StartedChat chat, string text, string? clientMessageId = null)
    {
        var response = await client.SendAsync(chat.Id, chat.Token, text, clientMessageId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> GetTranscriptAsync(this HttpClient client, string id, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/conversations/{id}");
        if (token is not null)
            request.Headers.Add("X-Conversation-Token", token);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement[]> TranscriptAsync(this HttpClient client, StartedChat chat)
    {
        var response = await client.GetTranscriptAsync(chat.Id, chat.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").EnumerateArray()];
    }

    public static string[] Authors(this JsonElement[] messages) => [.. messages.Select(m => m.GetProperty("author").GetString()!)];

    public static async Task<StaffActor> AgentAsync(this VerbindingApplication app, string eenheid = "midden-nederland", string role = StaffRoles.ServiceAgent)
    {
        var user = await app.CreateStaffAsync(role, eenheid);
        return new StaffActor(user.Id, user.DisplayName, new StaffScope(user.Id, eenheid, false), role == StaffRoles.Supervisor);
    }

    /// <summary>Runs an agent action through the same service the workspace pages and the hub use.</summary>
    public static async Task<T> AsAgentAsync<T>(this VerbindingApplication app, Func<ConversationService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ConversationService>());
    }
}

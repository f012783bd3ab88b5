using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>A citizen's phone on WhatsApp, as Meta's webhook calls reach the app: signed with the app secret.</summary>
public sealed class WhatsAppPhone(VerbindingApplication app, HttpClient client)
{
    /// <summary>A fresh Dutch mobile number as WhatsApp writes it (no plus).</summary>
    public string Number { get; } = "316" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999);

    public Task<HttpResponseMessage> SendAsync(string text, string? messageId = null, DateTimeOffset? sentAt = null) =>
        PostAsync(WhatsAppPayloads.TextMessage(Number, messageId ?? NewMessageId(), sentAt ?? DateTimeOffset.UtcNow, text));

    public async Task<HttpResponseMessage> PostAsync(string body, string? secret = WhatsAppOptions.DevelopmentSecret, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhookApi.Path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null || secret is not null)
            request.Headers.Add(WebhookSignature.Header, signature ?? WebhookSignature.Sign(bytes, secret!));
        return await client.SendAsync(request);
    }

    public static string NewMessageId() => "wamid." + Guid.NewGuid().ToString("N");

    public string AddressHash => app.Services.GetRequiredService<CitizenKeys>().Phone(Number)!.Hash;

    /// <summary>The conversations this number has, with their messages.</summary>
    public Task<List<Conversation>> ConversationsAsync() => app.WithDbAsync(db =>
        db.Set<Conversation>().AsNoTracking().Include(c => c.Messages)
            .Where(c => c.Channel == ConversationChannels.WhatsApp && c.ChannelAddressHash == AddressHash).ToListAsync());

    /// <summary>What the app sent to this phone (the Development sender stores it), oldest first.</summary>
    public async Task<List<SimulatedMessage>> ReceivedAsync() =>
        [.. (await app.WithDbAsync(db => db.Set<SimulatedMessage>().AsNoTracking()
            .Where(m => m.AddressHash == AddressHash && m.Direction == SimulatedMessagingSender.Out).ToListAsync())).OrderBy(m => m.At)];
}
